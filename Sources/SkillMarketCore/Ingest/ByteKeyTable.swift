import Foundation

/// A table from byte strings to values, built once and probed with bytes read straight from the
/// input: no `String` is made and nothing is hashed with `Hasher`.
///
/// Open addressing over a power-of-two slot array; a probe hashes the key bytes (FNV-1a) and
/// compares them (`memcmp`) with at most a few stored keys, all kept in one byte pool. A key
/// given twice keeps the later value, as a dictionary filled row by row would.
struct ByteKeyTable<Value: Sendable>: Sendable {
    /// Every key's bytes, back to back.
    private let pool: [UInt8]
    /// Per entry: where its key starts in `pool`, and its length.
    private let spans: [(start: Int, count: Int)]
    private let values: [Value]
    /// Entry index + 1 per slot; 0 marks an empty slot.
    private let slots: [Int32]
    private let mask: Int

    init(_ rows: [(key: [UInt8], value: Value)]) {
        var capacity = 16
        while capacity < rows.count * 4 { capacity *= 2 }
        var pool: [UInt8] = []
        var spans: [(start: Int, count: Int)] = []
        var values: [Value] = []
        var slots = [Int32](repeating: 0, count: capacity)
        for (key, value) in rows {
            var slot = key.withUnsafeBufferPointer(Self.hash) & (capacity - 1)
            while slots[slot] != 0 {
                let span = spans[Int(slots[slot]) - 1]
                if pool[span.start..<span.start + span.count].elementsEqual(key) { break }
                slot = (slot + 1) & (capacity - 1)
            }
            if slots[slot] == 0 {
                spans.append((pool.count, key.count))
                pool += key
                values.append(value)
                slots[slot] = Int32(spans.count)
            } else {
                values[Int(slots[slot]) - 1] = value
            }
        }
        self.pool = pool
        self.spans = spans
        self.values = values
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The value stored under exactly the bytes `key`, or `nil`.
    func value(for key: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let keyBase = key.baseAddress else { return nil }
        return pool.withUnsafeBufferPointer { pool -> Value? in
            guard let poolBase = pool.baseAddress else { return nil }
            var slot = Self.hash(key) & mask
            while true {
                let index = Int(slots[slot])
                if index == 0 { return nil }
                let span = spans[index - 1]
                if span.count == key.count, memcmp(poolBase + span.start, keyBase, key.count) == 0 {
                    return values[index - 1]
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// FNV-1a over the bytes, folded to `Int`.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
