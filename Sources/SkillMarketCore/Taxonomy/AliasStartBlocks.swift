/// Where aliases may start in a text, 64 bytes at a time, found with `ByteBlocks` compares (no branch per
/// byte): the word bytes (ASCII letters, digits and `_`, which glue a token together), whose runs' first
/// bytes are where an alias beginning with a word starts. ``AliasAutomaton`` visits only these starts,
/// through `trailingZeroBitCount`, and the other bytes aliases start with ("." of ".net") through the
/// byte before a word start, or, for a taxonomy where that does not suffice, every non-word byte.
struct AliasStartBlocks: Sendable {
    /// Masks of one block: bit k stands for byte `start + k` of the text; bits past its end are clear.
    struct Masks {
        /// Word bytes.
        var words: UInt64
        /// Non-word bytes to visit as well: all but spaces when ``init(everyNonWordByte:)`` says so, else none.
        var others: UInt64
    }

    /// All ones when every non-word byte but a space is a start to visit.
    private let others: UInt64

    /// `everyNonWordByte`: whether the scan visits every non-word byte (some alias begins with a non-word byte
    /// that no word byte follows) rather than only the byte before each word.
    init(everyNonWordByte: Bool) {
        others = everyNonWordByte ? ~0 : 0
    }

    /// The masks of the block at `start` of the `count` bytes at `base`; all clear at or past the end.
    @inline(__always)
    func masks(_ base: UnsafePointer<UInt8>, at start: Int, count: Int) -> Masks {
        let left = count &- start
        if left >= 64 {
            let words = Self.wordMask(base + start)
            return Masks(words: words, others: others == 0 ? 0 : ~(words | Self.spaceMask(base + start)))
        }
        if left <= 0 { return Masks(words: 0, others: 0) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { block in
            block.initialize(repeating: 0)
            UnsafeMutableRawBufferPointer(block).copyMemory(from: UnsafeRawBufferPointer(start: base + start, count: left))
            guard let padded = block.baseAddress else { return Masks(words: 0, others: 0) }
            let words = Self.wordMask(padded)  // the zero padding is no word byte
            let others = others == 0 ? 0 : ~(words | Self.spaceMask(padded))
            return Masks(words: words, others: others & ((1 &<< UInt64(left)) &- 1))
        }
    }

    /// Bit k: byte k of the 64 bytes at `block` is an ASCII letter, digit or `_`.
    @inline(__always)
    private static func wordMask(_ block: UnsafePointer<UInt8>) -> UInt64 {
        wordBits(ByteBlocks.load(block, at: 0)) | wordBits(ByteBlocks.load(block, at: 16)) &<< 16
            | wordBits(ByteBlocks.load(block, at: 32)) &<< 32 | wordBits(ByteBlocks.load(block, at: 48)) &<< 48
    }

    /// Bit k: byte k of the 64 bytes at `block` is a space (0x20), which begins no alias.
    private static func spaceMask(_ block: UnsafePointer<UInt8>) -> UInt64 {
        var mask: UInt64 = 0
        for part in 0..<4 {
            let spaces = ByteBlocks.load(block, at: part &* 16) .== ByteBlocks.Block(repeating: 0x20)
            mask |= ByteBlocks.movemask(spaces) &<< UInt64(part &* 16)
        }
        return mask
    }

    /// Bit k (0–15): lane k of `block` is an ASCII letter, digit or `_`. Moved so that its range starts at
    /// -128, a letter (folded to lower case) or a digit is below -128 + 26 or -128 + 10 as a signed byte
    /// (one signed compare each; every other byte is above).
    @inline(__always)
    private static func wordBits(_ block: ByteBlocks.Block) -> UInt64 {
        typealias Signed = SIMD16<Int8>
        let letters = (block | ByteBlocks.Block(repeating: 0x20)) &+ ByteBlocks.Block(repeating: 0x80 - 0x61)
        let digits = block &+ ByteBlocks.Block(repeating: 0x80 - 0x30)
        return ByteBlocks.movemask(
            (unsafeBitCast(letters, to: Signed.self) .< Signed(repeating: -128 + 26))
                .| (unsafeBitCast(digits, to: Signed.self) .< Signed(repeating: -128 + 10))
                .| (block .== ByteBlocks.Block(repeating: UInt8(ascii: "_"))))
    }
}
