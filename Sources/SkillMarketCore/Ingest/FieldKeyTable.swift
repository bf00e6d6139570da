import Foundation

/// `FieldAliases.table` keyed by exact spelling bytes: resolves a JSON key or CSV header read
/// straight from the input without making a `String` or hashing one.
///
/// Open addressing over a power-of-two slot array, built once; a probe hashes the key bytes and
/// compares them (`memcmp`) with at most a few stored spellings, all kept in one byte pool.
/// Later rows of the table win a repeated spelling, as a dictionary filled row by row would.
struct FieldKeyTable: Sendable {
    /// The table of every canonical and alias spelling.
    static let aliases = FieldKeyTable(FieldAliases.table)

    /// Every spelling's bytes, back to back.
    private let pool: [UInt8]
    /// Per entry: where its spelling starts in `pool`, and its length.
    private let spans: [(start: Int, count: Int)]
    /// Per entry: the spelling as a `String` (handed out as the field's name, so callers need not
    /// make one) and what it feeds.
    private let resolutions: [(name: String, target: FieldTarget)]
    /// Entry index + 1 per slot; 0 marks an empty slot.
    private let slots: [Int32]
    private let mask: Int

    init(_ rows: [(alias: String, target: FieldTarget)]) {
        var capacity = 16
        while capacity < rows.count * 4 { capacity *= 2 }
        var pool: [UInt8] = []
        var spans: [(start: Int, count: Int)] = []
        var resolutions: [(name: String, target: FieldTarget)] = []
        var slots = [Int32](repeating: 0, count: capacity)
        for row in rows {
            let bytes = Array(row.alias.utf8)
            var slot = bytes.withUnsafeBufferPointer(Self.hash) & (capacity - 1)
            while slots[slot] != 0 {
                let span = spans[Int(slots[slot]) - 1]
                if pool[span.start..<span.start + span.count].elementsEqual(bytes) { break }
                slot = (slot + 1) & (capacity - 1)
            }
            if slots[slot] == 0 {
                spans.append((pool.count, bytes.count))
                pool += bytes
                resolutions.append((row.alias, row.target))
                slots[slot] = Int32(spans.count)
            } else {
                resolutions[Int(slots[slot]) - 1] = (row.alias, row.target)
            }
        }
        self.pool = pool
        self.spans = spans
        self.resolutions = resolutions
        self.slots = slots
        self.mask = capacity - 1
    }

    /// The name and target of the spelling `key`, or `nil` when no alias is spelled so.
    func resolution(for key: UnsafeBufferPointer<UInt8>) -> (name: String, target: FieldTarget)? {
        guard let keyBase = key.baseAddress else { return nil }
        return pool.withUnsafeBufferPointer { pool -> (name: String, target: FieldTarget)? in
            guard let poolBase = pool.baseAddress else { return nil }
            var slot = Self.hash(key) & mask
            while true {
                let index = Int(slots[slot])
                if index == 0 { return nil }
                let span = spans[index - 1]
                if span.count == key.count, memcmp(poolBase + span.start, keyBase, key.count) == 0 {
                    return resolutions[index - 1]
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
