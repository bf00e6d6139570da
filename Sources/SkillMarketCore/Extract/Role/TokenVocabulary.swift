import Foundation

/// A fixed vocabulary of tokens (the role catalogue's words, a context rule's word list, `ByteKeyTable`'s keys) as dense ids
/// (0, 1, 2, …), looked up from a token's UTF-8 bytes without making a `String`: an open-addressing
/// table at most a quarter full, byte-compared on a hit.
///
/// Most lookups are of words the vocabulary lacks (a description's words against the role catalogue's):
/// the hash reads a token in at most two loads, with no loop over its bytes, and the sparse table lets
/// such a word usually stop at an empty first slot — fewer branches that depend on the word.
///
/// Ids compare tokens byte for byte (callers produce the vocabulary's and the text's tokens the same
/// way, so equal words have equal bytes).
struct TokenVocabulary: Sendable {
    /// The id of every token the vocabulary does not hold; it equals no vocabulary token.
    static let unknown: Int32 = -1

    /// Token `id` is `pool[starts[id] ..< starts[id + 1]]`.
    private var pool: [UInt8] = []
    private var starts: [Int32] = [0]
    /// Slot → id, or `unknown` when empty; kept at most a quarter full.
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
        if count * 4 > slots.count { rehash(capacity: slots.count * 2) } else { place(new, hash: Self.hash(bytes)) }
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

    /// The vocabulary's tables copied into fixed storage, so a `Lookup` is made without a closure
    /// (for tables read per posting; see `FrozenBuffer`).
    func frozen() -> Frozen {
        Frozen(slots: FrozenBuffer(slots), pool: FrozenBuffer(pool), starts: FrozenBuffer(starts))
    }

    /// A vocabulary that no longer changes (see `frozen()`).
    struct Frozen: Sendable {
        fileprivate let slots: FrozenBuffer<Int32>
        fileprivate let pool: FrozenBuffer<UInt8>
        fileprivate let starts: FrozenBuffer<Int32>

        /// A lookup valid while this value (or a copy) lives.
        var lookup: Lookup {
            Lookup(slots: slots.buffer, pool: pool.buffer, starts: starts.buffer)
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

    /// A hash of every byte of tokens up to 16 bytes (two overlapping loads: the first and last
    /// eight, four, or the first, middle and last byte), of the first and last eight bytes and the
    /// length of longer ones (they only collide more often; hits are byte-compared).
    @inline(__always)
    fileprivate static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        guard let base = bytes.baseAddress, count > 0 else { return 0 }
        let raw = UnsafeRawPointer(base)
        let key: UInt64
        if count >= 8 {
            let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let last = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
            key = (first &* 0xC2B2_AE3D_27D4_EB4F) ^ last
        } else if count >= 4 {
            let first = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let last = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)))
            key = first << 32 | last
        } else {
            key = UInt64(base[0]) << 16 | UInt64(base[count &>> 1]) << 8 | UInt64(base[count &- 1])
        }
        let mixed = (key ^ UInt64(count) << 56) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ mixed >> 32
    }
}
