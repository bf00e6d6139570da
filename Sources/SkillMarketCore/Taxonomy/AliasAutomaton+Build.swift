/// Compile-time helpers of ``AliasAutomaton``: byte classes, node order, the first-word filter and its keys.
extension AliasAutomaton {
    /// The first-word filter's key of a word of `length` bytes whose first `min(length, 8)` bytes, each
    /// `| 0x20` (which folds letters and leaves digits; `_` folds alike on both sides), are `lanes`
    /// (little-endian, zero-filled): the length goes into the top byte and one multiply mixes them into the
    /// top bits the filters read, no pass over the word.
    @inline(__always)
    static func firstWordKey(lanes: UInt64, length: Int) -> UInt64 {
        (lanes ^ UInt64(truncatingIfNeeded: length) &<< 56) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The continuation filter's key of a first word of key `key` followed by the byte `next` (0x20: the
    /// alias is the word alone).
    @inline(__always)
    static func continuationKey(_ key: UInt64, _ next: UInt8) -> UInt64 {
        (key ^ UInt64(next)) &* 0xFF51_AFD7_ED55_8CCD
    }

    /// Whether the bit set `filter` has the bit of `key`: its top bits, `key >> shift` (`shift` is 64 minus
    /// the log2 of the filter's size in bits).
    @inline(__always)
    static func contains(_ filter: UnsafeBufferPointer<UInt64>, _ key: UInt64, shift: UInt64) -> Bool {
        let bit = Int(truncatingIfNeeded: key &>> shift)
        return filter[bit &>> 6] &>> UInt64(bit & 63) & 1 != 0
    }

    /// Two bit sets, each sized to keep false positives near 1 %: `firstWords` over the keys of each alias's
    /// first word (its leading run of word bytes), and `continuations` over that key with the byte that
    /// follows the word in the alias (after a space, the byte after the space), or with 0x20 when the alias
    /// is the word alone. Aliases starting with punctuation need no entry (the root row covers them).
    static func makeFirstWordFilters(_ keys: [[UInt8]]) -> (firstWords: [UInt64], continuations: [UInt64]) {
        var bits = 4_096
        while bits < keys.count * 128 && bits < 1 << 24 { bits <<= 1 }
        var firstWords = [UInt64](repeating: 0, count: bits / 64)
        var continuations = firstWords
        let shift = UInt64(64 - bits.trailingZeroBitCount)
        func insert(_ key: UInt64, into filter: inout [UInt64]) {
            let bit = Int(key >> shift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        for key in keys where !key.isEmpty && isWord(key[0]) {
            let length = key.prefix { isWord($0) }.count
            let lanes = key.prefix(min(length, 8)).map { $0 | 0x20 }.withUnsafeBufferPointer { word in
                foldedLanes(word.baseAddress.unsafelyUnwrapped, count: word.count, readable: word.count)
            }
            let wordKey = firstWordKey(lanes: lanes, length: length)
            insert(wordKey, into: &firstWords)
            let next =
                length == key.count ? 0x20
                : key[length] == 0x20 && length + 1 < key.count ? key[length + 1] : key[length]
            insert(continuationKey(wordKey, next), into: &continuations)
        }
        return (firstWords, continuations)
    }

    /// The first `min(count, 8)` bytes at `bytes` (`count` >= 1), each `| 0x20` (word bytes case-folded as in
    /// the first-word table's keys), packed little-endian and zero-filled; `readable` bytes from `bytes` may
    /// be read.
    @inline(__always)
    static func foldedLanes(_ bytes: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt64 {
        if readable >= 8 {
            let lanes = ByteLanes.load(bytes, at: 0) | 0x2020_2020_2020_2020
            return lanes & UInt64.max &>> UInt64(truncatingIfNeeded: (8 &- min(count, 8)) &* 8)
        }
        var lanes: UInt64 = 0
        for index in 0..<min(count, 8) { lanes |= UInt64(bytes[index] | 0x20) << UInt64(index &* 8) }
        return lanes
    }

    /// Alias bytes with whitespace/hyphen runs collapsed to one 0x20, trimmed, ASCII-lower-cased if `fold`.
    static func normalised(_ text: String, fold: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            if isSpaceLike(byte) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(fold ? folded(byte) : byte)
        }
        return out
    }

    static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    static func isSpaceLike(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || (byte >= 0x09 && byte <= 0x0D)
    }

    static func isWord(_ byte: UInt8) -> Bool {
        byte.isASCIILetterOrDigit || byte == 0x5F
    }
}
