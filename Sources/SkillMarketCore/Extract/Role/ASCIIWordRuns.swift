/// Finds the runs of ASCII letters and digits in UTF-8 text, classifying sixteen bytes at a time
/// (`ByteBlocks` SSE2 compares, no per-byte branch): the cheap first pass of the description readers
/// (`WorkModeKeyClauses`, `SeniorityClassifier`'s description scan), which look at a few runs only.
enum ASCIIWordRuns {
    /// Calls `body(start, end)` for every maximal run `bytes[start..<end]` of ASCII letters and
    /// digits, in order. Every other byte (space, punctuation, apostrophe, any byte of a non-ASCII
    /// character) separates runs.
    @inline(__always)
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ start: Int, _ end: Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        forEach(count: bytes.count, mask: { blockMask(base, at: $0 &* 64, count: bytes.count) }, body)
    }

    /// Calls `body(start)` for the start of every run `forEach(in:_:)` finds, in order (cheaper
    /// when the ends do not matter).
    @inline(__always)
    static func forEachStart(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ start: Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        forEachStart(count: bytes.count, mask: { blockMask(base, at: $0 &* 64, count: bytes.count) }, body)
    }

    /// The runs of one text for several readers: the block masks are made by the first reader and
    /// kept for the next (the work-mode and seniority scans both read the description).
    struct Shared {
        private let keeps: Bool
        private var blocks: [UInt64] = []
        /// The byte count of the text `blocks` were made for; -1 before.
        private var madeFor = -1

        /// `keeping: false` reads every text afresh and keeps nothing (a text read once).
        init(keeping: Bool) {
            keeps = keeping
        }

        /// `ASCIIWordRuns.forEach(in:_:)`; `bytes` must be the same text on every call.
        @inline(__always)
        mutating func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ start: Int, _ end: Int) -> Void) {
            guard keeps else { return ASCIIWordRuns.forEach(in: bytes, body) }
            make(for: bytes)
            blocks.withUnsafeBufferPointer { blocks in
                ASCIIWordRuns.forEach(count: bytes.count, mask: { blocks[$0] }, body)
            }
        }

        /// `ASCIIWordRuns.forEachStart(in:_:)`; `bytes` must be the same text on every call.
        @inline(__always)
        mutating func forEachStart(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ start: Int) -> Void) {
            guard keeps else { return ASCIIWordRuns.forEachStart(in: bytes, body) }
            make(for: bytes)
            blocks.withUnsafeBufferPointer { blocks in
                ASCIIWordRuns.forEachStart(count: bytes.count, mask: { blocks[$0] }, body)
            }
        }

        private mutating func make(for bytes: UnsafeBufferPointer<UInt8>) {
            guard madeFor != bytes.count else { return }
            madeFor = bytes.count
            let count = (bytes.count + 63) / 64
            blocks = [UInt64](unsafeUninitializedCapacity: count) { blocks, initialized in
                if let base = bytes.baseAddress {
                    for block in 0..<count {
                        blocks[block] = ASCIIWordRuns.blockMask(base, at: block * 64, count: bytes.count)
                    }
                }
                initialized = count
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

    /// `forEachStart(in:_:)` over a text of `count` bytes whose block `n` has mask `mask(n)`.
    @inline(__always)
    private static func forEachStart(count: Int, mask blockMask: (Int) -> UInt64, _ body: (Int) -> Void) {
        var blockStart = 0
        var continues: UInt64 = 0
        while blockStart < count {
            let mask = blockMask(blockStart &>> 6)
            var starts = mask & ~(mask << 1 | continues)
            while starts != 0 {
                body(blockStart &+ starts.trailingZeroBitCount)
                starts &= starts &- 1
            }
            continues = mask >> 63
            blockStart &+= 64
        }
    }

    /// Bit k: byte `start + k` of the text (`count` bytes at `base`) is an ASCII letter or digit;
    /// bits past the end are clear.
    @inline(__always)
    private static func blockMask(_ base: UnsafePointer<UInt8>, at start: Int, count: Int) -> UInt64 {
        count - start >= 64
            ? fullBlockMask(base + start) : tailMask(base + start, count: count - start)
    }

    /// Bit k: byte k of the 64 bytes at `block` is an ASCII letter or digit.
    @inline(__always)
    private static func fullBlockMask(_ block: UnsafePointer<UInt8>) -> UInt64 {
        var mask: UInt64 = 0
        for part in 0..<4 {
            mask |= blockBits(ByteBlocks.load(block, at: part &* 16)) << UInt64(part &* 16)
        }
        return mask
    }

    /// The mask of the last `count` (< 64) bytes, read through a zero-padded copy.
    private static func tailMask(_ start: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { block in
            block.initialize(repeating: 0)
            UnsafeMutableRawBufferPointer(block).copyMemory(from: UnsafeRawBufferPointer(start: start, count: count))
            guard let base = block.baseAddress else { return 0 }
            return fullBlockMask(base)
        }
    }

    /// Bit k (0–15): lane k of `block` is an ASCII letter or digit. Folded to lower case, a letter
    /// is 26 or fewer above "a"; a digit is 10 or fewer above "0" (wrapping: every other byte is farther).
    @inline(__always)
    private static func blockBits(_ block: ByteBlocks.Block) -> UInt64 {
        let letters = (block | ByteBlocks.Block(repeating: 0x20)) &- ByteBlocks.Block(repeating: UInt8(ascii: "a"))
        let digits = block &- ByteBlocks.Block(repeating: UInt8(ascii: "0"))
        return ByteBlocks.laneBits((letters .< ByteBlocks.Block(repeating: 26)) .| (digits .< ByteBlocks.Block(repeating: 10)))
    }
}
