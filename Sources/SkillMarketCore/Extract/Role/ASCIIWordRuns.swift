/// Finds the runs of ASCII letters and digits in UTF-8 text, classifying sixteen bytes at a time
/// (`ByteBlocks` SSE2 compares gathered by `ByteBlocks.movemask`, no per-byte branch): the cheap
/// first pass of the title tokenizer and the description readers (`DescriptionReading`,
/// `WorkModeKeyClauses`), which look at a few runs only.
enum ASCIIWordRuns {
    /// Calls `body(start, end)` for every maximal run `bytes[start..<end]` of ASCII letters and
    /// digits, in order. Every other byte (space, punctuation, apostrophe, any byte of a non-ASCII
    /// character) separates runs.
    @inline(__always)
    static func forEach(in bytes: UnsafeBufferPointer<UInt8>, _ body: (_ start: Int, _ end: Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        forEach(count: bytes.count, mask: { blockMask(base, at: $0 &* 64, count: bytes.count, bits: runBits) }, body)
    }

    /// Calls `body(start, end)`, in text order, for the runs (as `forEach(in:_:)` finds them) that
    /// may pass a `RunStartFilter` (`shortest`: its `shortestRuns`; every run the filter passes comes,
    /// and some others), and, when `joins`, for every run an apostrophe-like byte follows (`'`, or
    /// 0xE2, which starts `‘` and `’`; such a run may come twice in a row).
    ///
    /// Only run starts are visited: a start's first two bytes, read as one `UInt16`, pick the
    /// filter's shortest length there, and the run's length is read from its block's mask (a run
    /// reaching the end of the block counts as 64 bytes): one table read and compare, so about one
    /// run in twelve of a description passes, and only those come with their ends. The masks of a
    /// block are made while the block before it is read, without a buffer; a block without
    /// apostrophe-like bytes (most) is read by a loop over its run starts alone.
    ///
    /// With `mayStart` (the first letters of the filter's words), a run beginning with another
    /// byte is not visited at all: a cheaper first test for filters whose words begin with few letters.
    @inline(__always)
    static func forEachCandidate(
        in bytes: UnsafeBufferPointer<UInt8>, joins: Bool, shortest: UnsafeBufferPointer<UInt8>,
        mayStart: RunStartLetters? = nil, _ body: (_ start: Int, _ end: Int) -> Void
    ) {
        // A text of one byte has no run of two, and no run an apostrophe follows.
        guard let base = bytes.baseAddress, bytes.count >= 2 else { return }
        let count = bytes.count
        let blocks = (count &+ 63) &>> 6
        var current = blockMasks(base, block: 0, count: count, joins: joins)
        var carry: UInt64 = 0  // 1 when the byte before the block belongs to a run
        var runStart = 0  // the start of the last run begun
        for block in 0..<blocks {
            let next = block &+ 1 < blocks ? blockMasks(base, block: block &+ 1, count: count, joins: joins) : (run: 0, join: 0)
            let mask = current.run
            let gaps = ~mask
            let afterRun = mask &<< 1 | carry  // bit k: byte k - 1 belongs to a run
            let starts = mask & ~afterRun
            let blockStart = block &* 64
            var visited = starts
            if let mayStart { visited &= blockMask(base, at: blockStart, count: count, bits: mayStart.lanes) }
            /// Calls `body` for the run starting at bit `bit` if it may pass.
            @inline(__always) func visit(_ bit: Int) {
                let position = blockStart &+ bit
                // A run at the last byte reads the byte before it as its first: it is too short for any filter.
                let pair = UnsafeRawPointer(base + min(position, count &- 2)).loadUnaligned(as: UInt16.self)
                let length = (gaps &>> UInt64(bit)).trailingZeroBitCount  // 64 when it reaches the block's end
                if length >= Int(shortest[Int(UInt16(littleEndian: pair) & 0x1F1F)]) {
                    let end = bit &+ length < 64 ? position &+ length : runEnd(base, count: count, block: block &+ 1, mask: next.run)
                    body(position, end)
                }
            }
            let joined = current.join & afterRun
            if joined == 0 {
                var unread = visited
                while unread != 0 {
                    visit(unread.trailingZeroBitCount)
                    unread &= unread &- 1
                }
                if starts != 0 { runStart = blockStart &+ 63 &- starts.leadingZeroBitCount }
            } else {
                var events = starts | joined
                while events != 0 {
                    let bit = events.trailingZeroBitCount
                    if starts &>> UInt64(bit) & 1 != 0 {
                        runStart = blockStart &+ bit
                        if visited &>> UInt64(bit) & 1 != 0 { visit(bit) }
                    } else {
                        body(runStart, blockStart &+ bit)  // an apostrophe after the run
                    }
                    events &= events &- 1
                }
            }
            carry = mask &>> 63
            current = next
        }
    }

    /// The end of a run that goes on into block `block`, whose run mask is `mask` (that of the
    /// block after the last: 0); later blocks' masks are made only for a run that covers it whole.
    private static func runEnd(_ base: UnsafePointer<UInt8>, count: Int, block: Int, mask: UInt64) -> Int {
        if mask != ~0 { return block &* 64 &+ (~mask).trailingZeroBitCount }
        var later = block &+ 1
        while later &* 64 < count {
            let laterMask = blockMask(base, at: later &* 64, count: count, bits: runBits)
            if laterMask != ~0 { return later &* 64 &+ (~laterMask).trailingZeroBitCount }
            later &+= 1
        }
        return count
    }

    /// The run mask and (when `joins`, else 0) the apostrophe-like bytes' mask of block `block` of
    /// the text (`count` bytes at `base`).
    @inline(__always)
    private static func blockMasks(
        _ base: UnsafePointer<UInt8>, block: Int, count: Int, joins: Bool
    ) -> (run: UInt64, join: UInt64) {
        let start = block &* 64
        guard count &- start >= 64 else { return tailMasks(base, from: start, count: count, joins: joins) }
        return (fullBlockMask(base + start, bits: runBits), joins ? fullJoinMask(base + start) : 0)
    }

    /// `blockMasks` of the last block, `base[start..<count]` (fewer than 64 bytes): its whole sixteens
    /// are read in place and the rest as the last sixteen bytes of the text, whose lane bits are moved
    /// down (no copy); a text of fewer than sixteen bytes is read as one sixteen padded with zero bytes.
    private static func tailMasks(
        _ base: UnsafePointer<UInt8>, from start: Int, count: Int, joins: Bool
    ) -> (run: UInt64, join: UInt64) {
        guard count >= 16 else {
            var padded = ByteBlocks.Block()
            withUnsafeMutableBytes(of: &padded) { $0.copyMemory(from: UnsafeRawBufferPointer(start: base + start, count: count &- start)) }
            return (runBits(padded), joins ? joinBits(padded) : 0)
        }
        var masks: (run: UInt64, join: UInt64) = (0, 0)
        var offset = 0  // from `start`
        while start &+ offset &+ 16 <= count {
            let bytes = ByteBlocks.load(base, at: start &+ offset)
            masks.run |= runBits(bytes) << UInt64(offset)
            if joins { masks.join |= joinBits(bytes) << UInt64(offset) }
            offset &+= 16
        }
        let rest = count &- start &- offset
        if rest > 0 {
            // Lanes 16 - rest ..< 16 of the text's last sixteen bytes are the block's last `rest` bytes.
            let bytes = ByteBlocks.load(base, at: count &- 16)
            masks.run |= (runBits(bytes) >> UInt64(16 &- rest)) << UInt64(offset)
            if joins { masks.join |= (joinBits(bytes) >> UInt64(16 &- rest)) << UInt64(offset) }
        }
        return masks
    }

    /// `fullBlockMask(block, bits: joinBits)`, made only when some byte of the block is `'` or 0xE2
    /// (one test of the four parts' compares; most blocks have none).
    @inline(__always)
    private static func fullJoinMask(_ block: UnsafePointer<UInt8>) -> UInt64 {
        var found = ByteBlocks.Mask(repeating: false)
        for part in 0..<4 {
            let bytes = ByteBlocks.load(block, at: part &* 16)
            found = found .| (bytes .== ByteBlocks.Block(repeating: UInt8(ascii: "'"))) .| (bytes .== ByteBlocks.Block(repeating: 0xE2))
        }
        return ByteBlocks.isEmpty(ByteBlocks.flags(found)) ? 0 : fullBlockMask(block, bits: joinBits)
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
        return ByteBlocks.movemask((letters .< ByteBlocks.Block(repeating: 26)) .| (digits .< ByteBlocks.Block(repeating: 10)))
    }

    /// Bit k (0–15): lane k of `block` is `'` or 0xE2 (the lead byte of `‘` and `’`, among others).
    @inline(__always)
    private static func joinBits(_ block: ByteBlocks.Block) -> UInt64 {
        ByteBlocks.movemask(
            (block .== ByteBlocks.Block(repeating: UInt8(ascii: "'"))) .| (block .== ByteBlocks.Block(repeating: 0xE2)))
    }
}
