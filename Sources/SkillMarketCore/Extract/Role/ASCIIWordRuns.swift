/// Finds the runs of ASCII letters and digits in UTF-8 text, classifying sixteen bytes at a time
/// (`ByteBlocks` SSE2 compares, no per-byte branch): the cheap first pass of the title tokenizer and
/// the description readers (`DescriptionReading`, `WorkModeKeyClauses`), which look at a few runs only.
enum ASCIIWordRuns {
    /// Calls `body(start, end)` for every maximal run `bytes[start..<end]` of ASCII letters and
    /// digits, in order. Every other byte (space, punctuation, apostrophe, any byte of a non-ASCII
    /// character) separates runs.
    @inline(__always)
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ start: Int, _ end: Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        forEach(count: bytes.count, mask: { blockMask(base, at: $0 &* 64, count: bytes.count, bits: runBits) }, body)
    }

    /// Calls `body(start, end)`, in text order, for the runs (as `forEach(in:_:)` finds them) whose
    /// start `mayStart(start)` passes, and, when `joins`, for every run an apostrophe-like byte follows
    /// (`'`, or 0xE2, which starts `‘` and `’`; such a run may come twice in a row). Only run starts
    /// are visited and a run's end is found only for a call, so this is cheaper than `forEach` when
    /// few runs pass. The block masks are made first, in one tight loop into temporary storage (on
    /// the stack when small).
    @inline(__always)
    static func forEachCandidate(
        in bytes: UnsafeBufferPointer<UInt8>, joins: Bool, mayStart: (_ start: Int) -> Bool,
        _ body: (_ start: Int, _ end: Int) -> Void
    ) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        let blocks = (count &+ 63) &>> 6
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 &* blocks) { masks in
            // Entry 2n: the run mask of block n; 2n + 1: its apostrophe-like bytes (0 unless `joins`).
            for block in 0..<blocks {
                masks[2 &* block] = blockMask(base, at: block &* 64, count: count, bits: runBits)
                masks[2 &* block &+ 1] = joins ? blockMask(base, at: block &* 64, count: count, bits: joinBits) : 0
            }
            /// The end of the run holding bit `bit` of block `block`.
            func runEnd(block: Int, bit: Int) -> Int {
                let length = (~(masks[2 &* block] &>> UInt64(bit))).trailingZeroBitCount
                if bit &+ length < 64 { return block &* 64 &+ bit &+ length }
                var next = block &+ 1
                while next < blocks, masks[2 &* next] == ~0 { next &+= 1 }
                return next < blocks ? next &* 64 &+ (~masks[2 &* next]).trailingZeroBitCount : count
            }
            var runStart = 0
            var carry: UInt64 = 0  // 1 when the byte before the block belongs to a run
            for block in 0..<blocks {
                let mask = masks[2 &* block]
                let afterRun = mask &<< 1 | carry  // bit k: byte k - 1 belongs to a run
                var events = mask & ~afterRun | masks[2 &* block &+ 1] & afterRun
                while events != 0 {
                    let bit = events.trailingZeroBitCount
                    let position = block &* 64 &+ bit
                    if mask &>> UInt64(bit) & 1 != 0 {
                        runStart = position
                        if mayStart(position) { body(position, runEnd(block: block, bit: bit)) }
                    } else {
                        body(runStart, position)
                    }
                    events &= events &- 1
                }
                carry = mask &>> 63
            }
        }
    }

    /// `forEach(in:_:)` over a text of `count` bytes whose block `n` has mask `mask(n)`.
    @inline(__always)
    private static func forEach(count: Int, mask blockMask: (Int) -> UInt64, _ body: (Int, Int) -> Void) {
        var blockStart = 0
        var runStart = 0
        var continues: UInt64 = 0  // 1 when the byte before the block belongs to a run
        while blockStart < count {
            let mask = blockMask(blockStart &>> 6)
            // Bit k is set where a run starts (mask bit set) or ends (mask bit clear) at byte k.
            var edges = mask ^ (mask << 1 | continues)
            while edges != 0 {
                let bit = edges.trailingZeroBitCount
                if mask >> bit & 1 != 0 {
                    runStart = blockStart &+ bit
                } else {
                    body(runStart, blockStart &+ bit)
                }
                edges &= edges &- 1
            }
            continues = mask >> 63
            blockStart &+= 64
        }
        if continues != 0 { body(runStart, count) }
    }

    /// Bit k: byte `start + k` of the text (`count` bytes at `base`) is of the class `bits` marks
    /// (`runBits`, `joinBits`); bits past the end are clear.
    @inline(__always)
    private static func blockMask(
        _ base: UnsafePointer<UInt8>, at start: Int, count: Int, bits: (ByteBlocks.Block) -> UInt64
    ) -> UInt64 {
        count - start >= 64
            ? fullBlockMask(base + start, bits: bits) : tailMask(base + start, count: count - start, bits: bits)
    }

    /// Bit k: byte k of the 64 bytes at `block` is of the class `bits` marks.
    @inline(__always)
    private static func fullBlockMask(_ block: UnsafePointer<UInt8>, bits: (ByteBlocks.Block) -> UInt64) -> UInt64 {
        var mask: UInt64 = 0
        for part in 0..<4 {
            mask |= bits(ByteBlocks.load(block, at: part &* 16)) << UInt64(part &* 16)
        }
        return mask
    }

    /// The mask of the last `count` (< 64) bytes, read through a zero-padded copy (a zero byte is in
    /// neither class).
    private static func tailMask(_ start: UnsafePointer<UInt8>, count: Int, bits: (ByteBlocks.Block) -> UInt64) -> UInt64 {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { block in
            block.initialize(repeating: 0)
            UnsafeMutableRawBufferPointer(block).copyMemory(from: UnsafeRawBufferPointer(start: start, count: count))
            guard let base = block.baseAddress else { return 0 }
            return fullBlockMask(base, bits: bits)
        }
    }

    /// Bit k (0–15): lane k of `block` is an ASCII letter or digit. Folded to lower case, a letter
    /// is 26 or fewer above "a"; a digit is 10 or fewer above "0" (wrapping: every other byte is farther).
    @inline(__always)
    private static func runBits(_ block: ByteBlocks.Block) -> UInt64 {
        let letters = (block | ByteBlocks.Block(repeating: 0x20)) &- ByteBlocks.Block(repeating: UInt8(ascii: "a"))
        let digits = block &- ByteBlocks.Block(repeating: UInt8(ascii: "0"))
        return ByteBlocks.laneBits((letters .< ByteBlocks.Block(repeating: 26)) .| (digits .< ByteBlocks.Block(repeating: 10)))
    }

    /// Bit k (0–15): lane k of `block` is `'` or 0xE2 (the lead byte of `‘` and `’`, among others).
    @inline(__always)
    private static func joinBits(_ block: ByteBlocks.Block) -> UInt64 {
        ByteBlocks.laneBits(
            (block .== ByteBlocks.Block(repeating: UInt8(ascii: "'"))) .| (block .== ByteBlocks.Block(repeating: 0xE2)))
    }
}
