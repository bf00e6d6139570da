/// A one-table-read test of whether a run of ASCII letters and digits (`ASCIIWordRuns`) may be one
/// of a few listed words, by the low five bits of its first two bytes (both cases of a letter share
/// them) and its length. It never fails for a listed word; other runs may pass.
struct RunStartFilter: Sendable {
    /// A listed word: lower-case ASCII letters and digits, at least two. `orLonger`: runs that only
    /// start with it pass too; `anySecond`: runs with its first byte and length pass whatever their
    /// second byte (for readers that check a long word by its ending).
    struct Word {
        var word: String
        var orLonger = false
        var anySecond = false
    }

    /// Entry `(first & 0x1F) << 5 | (second & 0x1F)`: bit `n` (2–31) is set when a run of `n` bytes
    /// (31: 31 or more) starting with such bytes may be listed. Bits 0 and 1 are never set.
    let lengths: [UInt32]
    /// Entry `(second & 0x1F) << 8 | (first & 0x1F)` (the run's first two bytes read as a
    /// little-endian `UInt16`, masked with 0x1F1F): the shortest length listed for such runs, 32 where
    /// none is (`ASCIIWordRuns.forEachCandidate`'s first test: a run shorter than this fails).
    let shortestRuns: [UInt8]
    /// Bit `n` set when a listed word's first byte has low five bits `n` (a letter's code, either case).
    let firstCodes: UInt32

    init(_ words: [Word]) {
        var lengths = [UInt32](repeating: 0, count: 1024)
        for word in words {
            let bytes = Array(word.word.utf8)
            precondition(bytes.count >= 2, "a listed word has two or more bytes")
            var bits: UInt32 = 0
            for length in bytes.count...(word.orLonger ? 31 : bytes.count) { bits |= 1 << UInt32(min(length, 31)) }
            let row = Int(bytes[0] & 0x1F) << 5
            for second in word.anySecond ? Array(0..<32) : [Int(bytes[1] & 0x1F)] { lengths[row | second] |= bits }
        }
        self.init(lengths: lengths)
    }

    private init(lengths: [UInt32]) {
        self.lengths = lengths
        var shortestRuns = [UInt8](repeating: 32, count: 0x2000)
        for (entry, bits) in lengths.enumerated() where bits != 0 {
            shortestRuns[(entry & 0x1F) << 8 | entry >> 5] = UInt8(bits.trailingZeroBitCount)
        }
        self.shortestRuns = shortestRuns
        firstCodes = lengths.enumerated().reduce(0) { codes, entry in entry.element == 0 ? codes : codes | 1 << UInt32(entry.offset >> 5) }
    }

    /// A filter passing every run either filter passes.
    init(union first: RunStartFilter, _ second: RunStartFilter) {
        self.init(lengths: zip(first.lengths, second.lengths).map { $0 | $1 })
    }

    /// Whether the run `bytes[start..<end]` may be listed, read through `lengths` (`lengths` of a filter).
    @inline(__always)
    static func passes(
        _ lengths: UnsafeBufferPointer<UInt32>, run start: Int, _ end: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let length = end &- start
        // A one-byte run reads its byte as the second too: bit 1 fails it anyway.
        let second = bytes[length > 1 ? start &+ 1 : start]
        let entry = lengths[Int(bytes[start] & 0x1F) &<< 5 | Int(second & 0x1F)]
        return entry &>> UInt32(truncatingIfNeeded: min(length, 31)) & 1 != 0
    }
}
