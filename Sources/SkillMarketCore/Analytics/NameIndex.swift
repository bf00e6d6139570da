/// Dense indexes 0, 1, 2… for the distinct names of a stream, in order of first appearance.
///
/// The report accumulator counts into arrays by these indexes instead of hashing every name
/// into a `Dictionary` (Swift's seeded `String` hashing cost ~30k instructions a posting there).
/// Lookup: a fixed-cost hash of the name's UTF-8 bytes, open addressing with linear probing in a
/// power-of-two table kept at most half full, and `==` on a hash match (which is cheap when the
/// names share storage, as the extractor's skill names do).
///
/// In front of the table sits a memo keyed by the identity of the `String` value (its two words):
/// the extractor hands over the same catalogue storage for a skill or family every posting, and
/// short names (country codes) are stored inline, so most lookups are answered by one
/// two-word compare, without hashing the bytes. Equal words mean equal contents as long as the
/// memoised string is alive (the same argument `String ==` uses for its fast path), so the memo
/// keeps each string it remembers; a miss falls through to the hash table. Names decoded afresh
/// every posting (companies) would only churn the memo: `NameIndex(memoizing: false)` skips it.
struct NameIndex: Sendable {
    /// The names by index.
    private(set) var names: [String] = []
    /// Per table slot: 1 + the index of the name there, 0 when empty.
    private var slots = [Int32](repeating: 0, count: 16)
    /// Per table slot: the full hash of the name there (compared before the names).
    private var slotHashes = [UInt64](repeating: 0, count: 16)
    /// Per memo slot: the identity of a name looked up before and its index (direct-mapped);
    /// empty when not memoizing.
    private var memo: [MemoEntry]
    /// Per memo slot: the name whose identity is there, kept alive so no other string can take
    /// over its storage (and so its identity) while it is remembered.
    private var memoNames: [String]

    /// A remembered lookup: the two words of a `String` value and 1 + its index (0: empty slot).
    private struct MemoEntry: Sendable {
        var first: UInt64 = 0
        var second: UInt64 = 0
        var index = 0
    }

    /// Whether `index(of:)` consults and fills the memo.
    private let memoizing: Bool

    private static let memoBits = 8
    private static let memoSize = 1 << memoBits

    init(memoizing: Bool = true) {
        self.memoizing = memoizing
        let size = memoizing ? Self.memoSize : 0
        memo = [MemoEntry](repeating: MemoEntry(), count: size)
        memoNames = [String](repeating: "", count: size)
    }

    var count: Int { names.count }

    /// The index of `name`, adding it when new; answered from the memo when this very string
    /// value (or an inline string with the same bytes) was looked up before.
    @inline(__always)
    mutating func index(of name: String) -> Int {
        guard memoizing else { return lookUp(name) }
        return withUnsafePointer(to: name) { index(ofNameAt: $0) }
    }

    /// `index(of:)` of the name stored at `name`, which a memo hit answers from the name's two words read in
    /// place; only a miss copies the name. A `String` loaded from memory to be passed on is copied first (a
    /// retain and release): on the report's delivering thread, of names a worker made and goes on retaining,
    /// atomics on a cache line that moves between the cores at each.
    @inline(__always)
    mutating func index(ofNameAt name: UnsafePointer<String>) -> Int {
        guard memoizing, let identity = Self.identity(ofNameAt: name) else { return lookUp(name.pointee) }
        let memoSlot = Int(truncatingIfNeeded: ((identity.first ^ identity.second) &* 0x9E37_79B9_7F4A_7C15) &>> (64 - Self.memoBits))
        let entry = memo[memoSlot]
        if entry.first == identity.first, entry.second == identity.second, entry.index != 0 { return entry.index &- 1 }
        let index = lookUp(name.pointee)
        memo[memoSlot] = MemoEntry(first: identity.first, second: identity.second, index: index + 1)
        memoNames[memoSlot] = name.pointee
        return index
    }

    /// The index of `name` from the hash table, adding it when new.
    private mutating func lookUp(_ name: String) -> Int {
        let hash = Self.hash(name)
        let (slot, found) = find(name, hash: hash)
        if let found { return found }
        let index = names.count
        names.append(name)
        slots[slot] = Int32(index + 1)
        slotHashes[slot] = hash
        if names.count * 2 > slots.count { grow() }
        return index
    }

    /// The two words of a `String` value (where a `String` is two words): its count and flags, and
    /// its storage reference or inline bytes. `nil` on platforms with another layout (no memo).
    @inline(__always)
    private static func identity(ofNameAt name: UnsafePointer<String>) -> (first: UInt64, second: UInt64)? {
        guard MemoryLayout<String>.size == 2 * MemoryLayout<UInt64>.size else { return nil }
        let bytes = UnsafeRawPointer(name)
        return (bytes.load(as: UInt64.self), bytes.load(fromByteOffset: MemoryLayout<UInt64>.size, as: UInt64.self))
    }

    /// The index of `name`, or `nil` when it has not been added.
    func existingIndex(of name: String) -> Int? {
        find(name, hash: Self.hash(name)).found
    }

    /// The slot holding `name`, or the empty slot where it belongs.
    @inline(__always)
    private func find(_ name: String, hash: UInt64) -> (slot: Int, found: Int?) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot])
            if entry == 0 { return (slot, nil) }
            if slotHashes[slot] == hash, names[entry - 1] == name { return (slot, entry - 1) }
            slot = (slot + 1) & mask
        }
    }

    /// Doubles the table and re-inserts every name.
    private mutating func grow() {
        let size = slots.count * 2
        slots = [Int32](repeating: 0, count: size)
        slotHashes = [UInt64](repeating: 0, count: size)
        for (index, name) in names.enumerated() {
            let hash = Self.hash(name)
            let (slot, _) = find(name, hash: hash)
            slots[slot] = Int32(index + 1)
            slotHashes[slot] = hash
        }
    }

    /// A hash of all the name's UTF-8 bytes, eight at a time, mixed so the low bits (the slot)
    /// vary. (Not only the ends: "Randstad Branch 0001 - United States" … "9999 - …" would all
    /// share one slot run.)
    ///
    /// Read through `utf8.withContiguousStorageIfAvailable` (native and small strings), which borrows the
    /// name; `withUTF8` needs a mutable copy (a retain and release per lookup).
    @inline(__always)
    private static func hash(_ name: String) -> UInt64 {
        if let hash = name.utf8.withContiguousStorageIfAvailable(hash(bytes:)) { return hash }
        var name = name
        return name.withUTF8(hash(bytes:))
    }

    @inline(__always)
    private static func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return 0 }
        var hash = UInt64(count)
        var index = 0
        while index &+ 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash &>> 29
            index &+= 8
        }
        // The last 1–7 bytes: from the final eight (shifted past those already hashed) when the name
        // has that many, else byte by byte.
        let rest = count &- index
        var tail: UInt64 = 0
        if rest > 0, count >= 8 {
            tail = UnsafeRawPointer(base + (count &- 8)).loadUnaligned(as: UInt64.self) &>> UInt64(8 &* (8 &- rest))
        } else {
            for offset in 0..<rest { tail |= UInt64(base[index &+ offset]) << (8 * UInt64(offset)) }
        }
        return MinHashSignature.Builder.mix64(hash ^ tail)
    }
}
