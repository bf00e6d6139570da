/// Sixty-four bytes of text classified for `WordHasher` at once: sixteen bytes per SIMD compare
/// (`ByteBlocks`), the word bytes as one bit mask, ASCII upper case folded into a scratch copy.
/// The words that end inside the block are then taken from the mask (`trailingZeroBitCount`) and
/// hashed over the folded copy with a fixed number of steps for their length (`hash`), so neither
/// finding nor hashing a word branches on where it ends.
///
/// A word byte is an ASCII letter or digit or any non-ASCII byte, except the multi-byte separators
/// (NBSP, U+2000–U+207F). Those start with C2 or E2: a block holding either byte (rare in English
/// text) checks each from left to right (`WordHasher.separatorWidth`, on the text itself, so a
/// separator may run into the next block) and clears the separators' bytes from the mask. A word
/// that may begin a URL and a word that fills the whole block go to the exact byte loop.
struct WordBlock {
    /// Scratch bytes the caller provides (`folded`): the folded 64 bytes and 8 more that the last
    /// nine-byte step of a word may read (a word that ends in the block ends by byte 62).
    static let scratchCount = 72
    /// Scratch hash states the caller provides (`states`): one for each byte of a word's last step.
    static let stateCount = 9
    /// The most words that end in one block (`hashWords`): every other byte.
    static let maximumWords = 32

    /// Bit k: byte k is a word byte (bits past the end of the text are clear).
    private let words: UInt64
    /// Where the last multi-byte separator starting in the block ends (an offset, up to 66), 0 when none does.
    private let separatorEnd: Int
    /// Bytes of the text in the block: 64, fewer at its end.
    private let length: Int

    /// Classifies the 64 bytes (fewer at the end: zeros, separators, after them) at `base + index` of a
    /// text of `count` bytes and writes them, ASCII upper case folded, to `folded`.
    @inline(__always)
    init(_ base: UnsafePointer<UInt8>, count: Int, at index: Int, foldingInto folded: UnsafeMutablePointer<UInt8>) {
        typealias Block = ByteBlocks.Block
        var source = base + index
        length = min(count &- index, 64)
        if length < 64 {
            folded.initialize(repeating: 0, count: 64)
            folded.update(from: source, count: length)
            source = UnsafePointer(folded)
        }
        var words: UInt64 = 0
        var leads = Block(repeating: 0)
        // Written out four times: each part's shift is a constant, and no loop counter.
        Self.classify(source, part: 0, foldingInto: folded, words: &words, leads: &leads)
        Self.classify(source, part: 1, foldingInto: folded, words: &words, leads: &leads)
        Self.classify(source, part: 2, foldingInto: folded, words: &words, leads: &leads)
        Self.classify(source, part: 3, foldingInto: folded, words: &words, leads: &leads)
        if ByteBlocks.isEmpty(unsafeBitCast(leads, to: SIMD2<UInt64>.self)) {
            self.words = words
            separatorEnd = 0
        } else {
            (self.words, separatorEnd) = Self.clearingSeparators(from: words, folded: folded, base, count: count, at: index)
        }
    }

    /// Classifies the sixteen bytes of part `part` (0–3) of the block at `source`, writes them folded to
    /// `folded`, and sets their word bits in `words` and their C2 and E2 lanes in `leads`. Each range test
    /// is one signed compare: shifted so that the range starts at -128, its bytes are the lowest.
    @inline(__always)
    private static func classify(
        _ source: UnsafePointer<UInt8>, part: Int, foldingInto folded: UnsafeMutablePointer<UInt8>,
        words: inout UInt64, leads: inout ByteBlocks.Block
    ) {
        typealias Block = ByteBlocks.Block
        typealias Signed = SIMD16<Int8>
        let block = ByteBlocks.load(source, at: part &* 16)
        // A letter is one of 26 bytes from "a" once bit 0x20 is set; setting it only there folds case.
        let letters = (block | Block(repeating: 0x20)) &+ Block(repeating: 0x80 &- UInt8(ascii: "a"))
        let letter = unsafeBitCast(letters, to: Signed.self) .< Signed(repeating: -128 + 26)
        let lower = block | (unsafeBitCast(letter, to: Block.self) & Block(repeating: 0x20))
        ByteBlocks.store(lower, to: folded, at: part &* 16)
        let digits = block &+ Block(repeating: 0x80 &- UInt8(ascii: "0"))
        let digit = unsafeBitCast(digits, to: Signed.self) .< Signed(repeating: -128 + 10)
        let nonASCII = unsafeBitCast(block, to: Signed.self) .< Signed(repeating: 0)
        words |= ByteBlocks.movemask(letter .| digit .| nonASCII) &<< UInt64(part &* 16)
        let lead = (block .== Block(repeating: 0xC2)) .| (block .== Block(repeating: 0xE2))
        leads |= unsafeBitCast(lead, to: Block.self)
    }

    /// `words` without the bytes of the multi-byte separators that start among the 64 `folded` bytes
    /// (folding keeps C2 and E2) at `base + index`, and where the last of them ends. Left to right as the
    /// byte loop goes: a lead byte inside an earlier separator starts none.
    private static func clearingSeparators(
        from words: UInt64, folded: UnsafePointer<UInt8>, _ base: UnsafePointer<UInt8>, count: Int, at index: Int
    ) -> (words: UInt64, end: Int) {
        typealias Block = ByteBlocks.Block
        var leads: UInt64 = 0
        for part in 0..<4 {
            let block = ByteBlocks.load(folded, at: part &* 16)
            let lead = (block .== Block(repeating: 0xC2)) .| (block .== Block(repeating: 0xE2))
            leads |= ByteBlocks.movemask(lead) &<< UInt64(part &* 16)
        }
        var words = words
        var end = 0
        while leads != 0 {
            let offset = leads.trailingZeroBitCount
            leads &= leads &- 1
            guard offset >= end, let width = WordHasher.separatorWidth(base, count, at: index &+ offset) else { continue }
            words &= ~((1 &<< UInt64(width) &- 1) &<< UInt64(offset))
            end = offset &+ width
        }
        return (words, end)
    }

    /// Writes the hash of every word that ends inside the block to `hashes`, in order, stopping before a
    /// word that may begin a URL (with `skippingURLs`), and chains each into `chain` (`WordHasher.chained`).
    /// Returns how many it wrote, where the caller goes on (an offset: the first word not hashed, else the
    /// end of the block or of a separator running past it) and whether that word must go through the exact
    /// byte loop (it may start a URL or fills the block) rather than the next block. At most `maximumWords`
    /// are written.
    @inline(__always)
    func hashWords(
        folded: UnsafePointer<UInt8>, states: UnsafeMutablePointer<UInt64>, into hashes: UnsafeMutablePointer<UInt64>,
        chain: inout UInt64, skippingURLs: Bool
    ) -> (count: Int, next: Int, exact: Bool) {
        var starts = words & ~(words &<< 1)
        var ends = ~words & (words &<< 1)
        var count = 0
        while ends != 0 {
            let start = starts.trailingZeroBitCount
            if skippingURLs, Self.mayStartURL(folded + start) { return (count, start, true) }
            let hash = Self.hash(folded + start, length: ends.trailingZeroBitCount &- start, states: states)
            hashes[count] = hash
            chain = WordHasher.chained(chain, hash)
            count &+= 1
            starts &= starts &- 1
            ends &= ends &- 1
        }
        guard starts != 0 else { return (count, max(length, separatorEnd), false) }
        let next = starts.trailingZeroBitCount
        return (count, next, next == 0)
    }

    /// Whether the folded bytes at `word` begin "http" or "www.", as every URL does.
    @inline(__always)
    private static func mayStartURL(_ word: UnsafePointer<UInt8>) -> Bool {
        let head = UInt32(littleEndian: UnsafeRawPointer(word).loadUnaligned(as: UInt32.self))
        return head == 0x7074_7468 || head == 0x2E77_7777  // "http", "www." as little-endian words
    }

    /// 64-bit FNV-1a of the `length` (1 or more) bytes at `word`, which must be followed by eight readable
    /// bytes of anything. Eight bytes a step while more than nine are left; the last step always runs nine,
    /// writing the state after each byte to `states`, and returns the one after the word's last byte
    /// (identical to the byte loop, without its exit branch). Nine, not eight: the step loop's test
    /// mispredicts at nearly every word it runs for, and one byte more for every word costs less than a
    /// miss at each nine-byte word (6.5 % of the words of English postings; 15 % are longer than eight).
    @inline(__always)
    static func hash(_ word: UnsafePointer<UInt8>, length: Int, states: UnsafeMutablePointer<UInt64>) -> UInt64 {
        var hash = WordHasher.fnvOffset
        var step = word
        var rest = length
        while rest > 9 {
            for lane in 0..<8 { hash = (hash ^ UInt64(step[lane])) &* WordHasher.fnvPrime }
            step += 8
            rest &-= 8
        }
        for lane in 0..<9 {
            hash = (hash ^ UInt64(step[lane])) &* WordHasher.fnvPrime
            states[lane] = hash
        }
        return states[rest &- 1]
    }
}
