import Foundation

/// A fixed vocabulary of tokens (the role catalogue's words, a context rule's word list, `ByteKeyTable`'s keys) as dense ids
/// (0, 1, 2, …), looked up from a token's UTF-8 bytes without making a `String`: an open-addressing
/// table over FNV-1a hashes, byte-compared on a hit.
///
/// Ids compare tokens byte for byte (callers produce the vocabulary's and the text's tokens the same
/// way, so equal words have equal bytes).
struct TokenVocabulary: Sendable {
    /// The id of every token the vocabulary does not hold; it equals no vocabulary token.
    static let unknown: Int32 = -1

    /// Token `id` is `pool[starts[id] ..< starts[id + 1]]`.
    private var pool: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Slot → id, or `unknown` when empty; kept at most half full.
    private var slots = [Int32](repeating: unknown, count: 64)

    var count: Int { starts.count - 1 }

    /// The id of `token`, adding it when new.
    mutating func intern(_ token: String) -> Int32 {
        var token = token
        return token.withUTF8 { intern(bytes: $0) }
    }

    /// The id of the token spelled by `bytes`, adding it when new.
    mutating func intern(bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let found = withLookup { $0.id(of: bytes) }
        if found != Self.unknown { return found }
        let new = Int32(count)
        pool.append(contentsOf: bytes)
        starts.append(Int32(pool.count))
        if count * 2 > slots.count { rehash(capacity: slots.count * 2) } else { place(new, hash: Self.hash(bytes)) }
        return new
    }

    /// Calls `body` with a lookup over the vocabulary's storage (valid only during the call), so a loop
    /// over many tokens pays for reaching the arrays once.
    func withLookup<Result>(_ body: (Lookup) -> Result) -> Result {
        slots.withUnsafeBufferPointer { slots in
            pool.withUnsafeBufferPointer { pool in
                starts.withUnsafeBufferPointer { starts in body(Lookup(slots: slots, pool: pool, starts: starts)) }
            }
        }
    }

    struct Lookup {
        fileprivate let slots: UnsafeBufferPointer<Int32>
        fileprivate let pool: UnsafeBufferPointer<UInt8>
        fileprivate let starts: UnsafeBufferPointer<Int32>

        /// The id of the token spelled by `bytes`, or `unknown`.
        func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
            let mask = slots.count &- 1
            var slot = Int(truncatingIfNeeded: TokenVocabulary.hash(bytes)) & mask
            while true {
                let id = slots[slot]
                if id == TokenVocabulary.unknown { return TokenVocabulary.unknown }
                let start = Int(starts[Int(id)]), end = Int(starts[Int(id) &+ 1])
                if end &- start == bytes.count, equal(from: start, bytes) { return id }
                slot = (slot &+ 1) & mask
            }
        }

        private func equal(from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let poolBase = pool.baseAddress, let base = bytes.baseAddress else { return bytes.isEmpty }
            return memcmp(poolBase + start, base, bytes.count) == 0
        }
    }

    private mutating func rehash(capacity: Int) {
        slots = [Int32](repeating: Self.unknown, count: capacity)
        for id in 0..<count {
            let hash = pool.withUnsafeBufferPointer {
                Self.hash(UnsafeBufferPointer(rebasing: $0[Int(starts[id])..<Int(starts[id + 1])]))
            }
            place(Int32(id), hash: hash)
        }
    }

    private mutating func place(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != Self.unknown { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    @inline(__always)
    fileprivate static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return hash ^ hash >> 29
    }
}
