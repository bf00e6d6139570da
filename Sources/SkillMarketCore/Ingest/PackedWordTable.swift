/// A fixed set of short words mapped to values, looked up by the word's bytes packed into a
/// `UInt64` (`pack`): one multiply and usually one comparison, no hashing of Strings.
///
/// Words longer than eight bytes keep only their last eight in the key, so `lookup(_:length:)`
/// may answer for another long word with the same length and ending (a superset test);
/// `value(of:)` compares such words in full.
struct PackedWordTable<Value: Sendable>: Sendable {
    private let packed: [UInt64]
    private let lengths: [Int]
    private let values: [Value?]
    /// The full bytes of words longer than eight bytes, by slot.
    private let spellings: [[UInt8]]
    private let shift: UInt64

    init(_ entries: [(word: String, value: Value)]) {
        var bits: UInt64 = 4
        while 1 << bits < 4 * entries.count { bits += 1 }
        let slotCount = 1 << Int(bits)
        var packed = [UInt64](repeating: 0, count: slotCount)
        var lengths = [Int](repeating: 0, count: slotCount)
        var values = [Value?](repeating: nil, count: slotCount)
        var spellings = [[UInt8]](repeating: [], count: slotCount)
        shift = 64 - bits
        for (word, value) in entries {
            let key = Self.pack(word.utf8)
            var slot = Self.slot(of: key, shift: shift)
            while lengths[slot] != 0 { slot = (slot + 1) & (slotCount - 1) }
            packed[slot] = key
            lengths[slot] = word.utf8.count
            values[slot] = value
            if word.utf8.count > 8 { spellings[slot] = Array(word.utf8) }
        }
        self.packed = packed
        self.lengths = lengths
        self.values = values
        self.spellings = spellings
    }

    /// `bytes` packed as `lookup` expects: each byte shifted in from the right.
    static func pack(_ bytes: some Sequence<UInt8>) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The value of the word of `length` bytes that packs to `key`, or `nil`.
    func lookup(_ key: UInt64, length: Int) -> Value? {
        slot(of: key, length: length).flatMap { values[$0] }
    }

    /// The value of exactly `word`, or `nil`.
    func value(of word: some Collection<UInt8>) -> Value? {
        let key = Self.pack(word)
        let length = word.count
        var slot = Self.slot(of: key, shift: shift)
        while lengths[slot] != 0 {
            // Long words sharing length and ending share a key: probe on past the other spellings.
            if packed[slot] == key, lengths[slot] == length, length <= 8 || spellings[slot].elementsEqual(word) {
                return values[slot]
            }
            slot = (slot + 1) & (lengths.count - 1)
        }
        return nil
    }

    private func slot(of key: UInt64, length: Int) -> Int? {
        var slot = Self.slot(of: key, shift: shift)
        while lengths[slot] != 0 {
            if packed[slot] == key, lengths[slot] == length { return slot }
            slot = (slot + 1) & (lengths.count - 1)
        }
        return nil
    }

    private static func slot(of key: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
