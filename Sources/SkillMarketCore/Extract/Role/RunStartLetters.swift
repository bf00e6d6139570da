/// The bytes a run passing a `RunStartFilter` of few first letters may begin with, tested sixteen
/// at a time: `ASCIIWordRuns.forEachCandidate`'s `mayStart`, so that the runs beginning with any
/// other letter (most of a text's, for the description level's "years", "grad", "level",
/// "experience") are not visited at all.
struct RunStartLetters: Sendable {
    /// The filter's first codes (`RunStartFilter.firstCodes`), each repeated across a block; a
    /// filter with fewer than four repeats its first.
    private let codes: (ByteBlocks.Block, ByteBlocks.Block, ByteBlocks.Block, ByteBlocks.Block)

    /// The first letters of `filter`, which lists words beginning with one to four codes.
    init(_ filter: RunStartFilter) {
        let list = (0..<32).filter { filter.firstCodes >> UInt32($0) & 1 != 0 }.map { ByteBlocks.Block(repeating: UInt8($0)) }
        precondition((1...4).contains(list.count), "a filter of one to four first codes")
        let padded = list + Array(repeating: list[0], count: 4 - list.count)
        codes = (padded[0], padded[1], padded[2], padded[3])
    }

    /// Bit k set when byte k of `block` has the low five bits of a listed word's first byte (as
    /// `RunStartFilter` reads it: every run the filter passes begins with such a byte).
    @inline(__always)
    func lanes(_ block: ByteBlocks.Block) -> UInt64 {
        let low = block & ByteBlocks.Block(repeating: 0x1F)
        return ByteBlocks.movemask((low .== codes.0) .| (low .== codes.1) .| (low .== codes.2) .| (low .== codes.3))
    }
}
