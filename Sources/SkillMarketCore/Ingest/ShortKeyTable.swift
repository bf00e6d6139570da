/// A fixed table from byte strings of at most `maxLength` (16) bytes to values, probed with bytes
/// read straight from the input: the key is packed into two words (two unaligned loads when the
/// bytes after it may be read), one multiply finds the slot, and a hit is two word comparisons.
///
/// Built once; a key given twice keeps the later value, as a dictionary filled row by row would.
struct ShortKeyTable<Value: Sendable>: Sendable {
    static var maxLength: Int { 16 }

    private struct Slot: Sendable {
        var low: UInt64 = 0
        var high: UInt64 = 0
        /// Key length + 1; 0 marks an empty slot.
        var tag = 0
        var value = 0
    }

    /// A power of two, at most a quarter full.
    private let slots: [Slot]
    private let values: [Value]
    private let shift: UInt64

    /// `rows` with keys longer than `maxLength` left out.
    init(_ rows: [(key: [UInt8], value: Value)]) {
        let kept = rows.filter { $0.key.count <= Self.maxLength }
        var bits: UInt64 = 4
        while 1 << bits < 4 * kept.count { bits += 1 }
        shift = 64 - bits
        var slots = [Slot](repeating: Slot(), count: 1 << Int(bits))
        var values: [Value] = []
        for (key, value) in kept {
            let (low, high) = key.withUnsafeBufferPointer { Self.pack($0, readable: $0.count) }
            var slot = Self.slot(low, high, shift: shift)
            while slots[slot].tag != 0, slots[slot].tag != key.count + 1 || slots[slot].low != low || slots[slot].high != high {
                slot = (slot + 1) & (slots.count - 1)
            }
            if slots[slot].tag == 0 {
                slots[slot] = Slot(low: low, high: high, tag: key.count + 1, value: values.count)
                values.append(value)
            } else {
                values[slots[slot].value] = value
            }
        }
        self.slots = slots
        self.values = values
    }

    /// The value stored under exactly the bytes `key`, or `nil` (always for keys over `maxLength`).
    /// `readable` is how many bytes from `key`'s start may be read (at least `key.count`).
    func value(for key: UnsafeBufferPointer<UInt8>, readable: Int) -> Value? {
        guard key.count <= Self.maxLength else { return nil }
        let (low, high) = Self.pack(key, readable: readable)
        return value(low: low, high: high, count: key.count)
    }

    /// The value stored under the `count` (at most `maxLength`) bytes packed as `low` (the first
    /// eight) and `high` (the next eight), little-endian and zero-filled, or `nil`: for callers
    /// that pack the bytes themselves (the alias automaton packs them case-folded).
    @inline(__always)
    func value(low: UInt64, high: UInt64, count: Int) -> Value? {
        let tag = count + 1
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.slot(low, high, shift: shift)
            while true {
                let entry = slots[slot]
                if entry.tag == tag, entry.low == low, entry.high == high { return values[entry.value] }
                if entry.tag == 0 { return nil }
                slot = (slot &+ 1) & (slots.count &- 1)
            }
        }
    }

    /// `value(for:readable:)` of the key in the first `count` lanes of `block` (at most 16; the lanes
    /// after it are ignored), for a caller that has loaded the key's bytes already.
    @inline(__always)
    func value(forKeyIn block: SIMD16<UInt8>, count: Int) -> Value? {
        let halves = unsafeBitCast(block, to: SIMD2<UInt64>.self)
        let (low, high) = Self.masked(UInt64(littleEndian: halves[0]), UInt64(littleEndian: halves[1]), count: count)
        return value(low: low, high: high, count: count)
    }

    /// The first `count` bytes of the sixteen little-endian bytes `first`, `second` (the rest cleared).
    @inline(__always)
    private static func masked(_ first: UInt64, _ second: UInt64, count: Int) -> (UInt64, UInt64) {
        let low = count >= 8 ? first : first & ((1 << UInt64(8 * count)) &- 1)
        let high = count >= 16 ? second : count <= 8 ? 0 : second & ((1 << UInt64(8 * (count - 8))) &- 1)
        return (low, high)
    }

    /// The first 8 bytes of `key` in `low` and the next 8 in `high` (little-endian, zero-filled).
    @inline(__always)
    private static func pack(_ key: UnsafeBufferPointer<UInt8>, readable: Int) -> (UInt64, UInt64) {
        guard let base = key.baseAddress else { return (0, 0) }
        let count = key.count
        if readable >= 16 {
            let raw = UnsafeRawPointer(base)
            let first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
            let second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            return masked(first, second, count: count)
        }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for index in 0..<count {
            if index < 8 {
                low |= UInt64(base[index]) << UInt64(8 * index)
            } else {
                high |= UInt64(base[index]) << UInt64(8 * (index - 8))
            }
        }
        return (low, high)
    }

    @inline(__always)
    private static func slot(_ low: UInt64, _ high: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((low ^ high &* 0xC2B2_AE3D_27D4_EB4F) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}
