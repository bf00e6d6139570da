/// Splits text into case-folded words over UTF-8 bytes and hashes each word (64-bit FNV-1a).
///
/// A word is a run of ASCII letters and digits and non-ASCII characters; everything else
/// (ASCII punctuation, whitespace, NBSP, and the U+2000–U+206F block: typographic quotes,
/// dashes, bullets) separates words. ASCII letters are folded to lower case; other bytes are
/// kept. With `skippingURLs`, a word that begins a URL (`http://…`, `https://…`, `www.…`)
/// is dropped together with the rest of the URL up to the next whitespace, quote or bracket,
/// so changed tracking parameters cannot change the words.
///
///     "Apply: https://x.io/?utm_source=a NOW" → hashes of "apply", "now"
///
/// Words are found 64 bytes at a time (`WordBlock`: SIMD16 classification into bit masks, ASCII
/// upper case folded into a scratch copy) and each is hashed with a fixed number of steps for its
/// known length (`WordBlock.hash`), so where a word ends is never a per-byte branch. Only what the
/// masks cannot decide goes through the exact byte loop (`scalarStep`): a word that may begin a URL,
/// a word longer than a block. (The byte loop it replaces ran fewer instructions, about 4.8k a 1.6 KB
/// description, but mispredicted where almost every word ended: about 350 branches a description,
/// each costing ~15 cycles.) The hashes are handed on in chunks (`forEachWords`): the loop that uses
/// them is a loop of its own (`MinHashSignature.Builder.add(words:)`) rather than inlined into this one;
/// the order-sensitive chain of the words (the exact hash, the title and location keys) is taken in
/// this loop, where the processor overlaps its serial mixes with the hashing of the next words.
enum WordHasher {
    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01B3

    /// 64-bit FNV-1a of `bytes` as they are (no folding), the hash a word gets.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = fnvOffset
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* fnvPrime }
        return hash
    }

    /// The words' hashes of `text` chained from `seed` (`chained`).
    static func chain(of text: String, skippingURLs: Bool, from seed: UInt64) -> UInt64 {
        var text = text
        return text.withUTF8 { forEachWords(in: $0, skippingURLs: skippingURLs, chainingFrom: seed) { _ in } }
    }

    /// One word added to an order-sensitive hash of the words before it: `mix64(chain + word)`. Fingerprints
    /// store such chains (the exact hash, the block and location keys), so this must never change.
    @inline(__always)
    static func chained(_ chain: UInt64, _ word: UInt64) -> UInt64 {
        MinHashSignature.Builder.mix64(chain &+ word)
    }

    /// The most word hashes `forEachWords` passes at once: the 1 KB that `withUnsafeTemporaryAllocation`
    /// takes from the stack without asking.
    static let chunkCapacity = 1024 / 8

    /// Calls `body` with the hashes of the words of `bytes`, in order, a chunk of up to `chunkCapacity` at
    /// a time, and returns them chained from `seed` (`chained`). The words are found, hashed and chained in
    /// one loop, and `body` runs its own loop over them, so neither loop's values crowd the other's out of
    /// registers, and the hashes of neighbouring words, independent multiply chains, overlap in the
    /// processor with the chain (a 13-cycle mix a word, which bounded the time of `body`'s loop when it
    /// was there).
    @inline(__always)
    static func forEachWords(
        in bytes: UnsafeBufferPointer<UInt8>, skippingURLs: Bool, chainingFrom seed: UInt64,
        _ body: (UnsafeBufferPointer<UInt64>) -> Void
    ) -> UInt64 {
        guard let base = bytes.baseAddress else { return seed }
        let count = bytes.count
        let stateOffset = WordBlock.scratchCount  // a multiple of 8
        var chain = seed
        // Two allocations, each within the 1 KB taken from the stack without asking.
        withUnsafeTemporaryAllocation(byteCount: stateOffset + WordBlock.stateCount * 8, alignment: 8) { scratch in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: chunkCapacity) { chunk in
                let raw = scratch.baseAddress.unsafelyUnwrapped
                let folded = raw.bindMemory(to: UInt8.self, capacity: stateOffset)
                folded.initialize(repeating: 0, count: stateOffset)
                let states = (raw + stateOffset).bindMemory(to: UInt64.self, capacity: WordBlock.stateCount)
                let hashes = chunk.baseAddress.unsafelyUnwrapped
                var pending = 0
                var index = 0
                while index < count {
                    // Room for a block's words and one from the exact byte loop.
                    if pending > chunkCapacity &- WordBlock.maximumWords &- 1 {
                        body(UnsafeBufferPointer(start: hashes, count: pending))
                        pending = 0
                    }
                    let block = WordBlock(base, count: count, at: index, foldingInto: folded)
                    let (added, next, exact) = block.hashWords(
                        folded: folded, states: states, into: hashes + pending, chain: &chain,
                        skippingURLs: skippingURLs)
                    pending &+= added
                    index &+= next
                    if exact {
                        let (end, hash) = scalarStep(base, count, from: index, skippingURLs: skippingURLs)
                        index = end
                        if let hash {
                            hashes[pending] = hash
                            chain = chained(chain, hash)
                            pending &+= 1
                        }
                    }
                }
                if pending > 0 { body(UnsafeBufferPointer(start: hashes, count: pending)) }
            }
        }
        return chain
    }

    /// The exact byte loop for one step from `start` (between words): skips separators, then skips a
    /// URL (with `skippingURLs`) or hashes one word; returns where it stopped (past the word's separator)
    /// and the word's hash (`nil` after a URL or at the end). One table load a byte (`ByteClass`), eight
    /// bytes of a word per bounds check; only C2 and E2 take a second look. A URL's end is found eight
    /// bytes at a time (`ByteLanes`). Out of line: it is rare, and it keeps the word loop's running
    /// state (the caller's `body`) from being reached by a call, so that state can stay in registers.
    @inline(never)
    private static func scalarStep(
        _ base: UnsafePointer<UInt8>, _ count: Int, from start: Int, skippingURLs: Bool
    ) -> (end: Int, hash: UInt64?) {
        ByteClass.table.withUnsafeBufferPointer { table in
            let classes = table.baseAddress.unsafelyUnwrapped
            var index = start
            while index < count {
                // Between words: skip separators; a word may start a URL.
                let code = classes[Int(base[index])]
                if code == ByteClass.separator {
                    index += 1
                    continue
                }
                if code == ByteClass.maybeSeparator, let width = separatorWidth(base, count, at: index) {
                    index += width
                    continue
                }
                if skippingURLs, code == UInt8(ascii: "h") || code == UInt8(ascii: "w"),
                    let end = urlEnd(base, count, from: index)
                {
                    return (end, nil)
                }
                // In a word: fold and hash until a separator.
                var hash = fnvOffset
                word: while true {
                    // Eight bytes per bounds check while they are letters, digits or non-ASCII. The common
                    // ending, an ASCII separator, ends the word right here (its class is not read twice).
                    lanes: while index &+ 8 <= count {
                        var offset = 0
                        while offset < 8 {
                            let code = classes[Int(base[index &+ offset])]
                            if code <= ByteClass.maybeSeparator {
                                index &+= offset
                                if code == ByteClass.separator {
                                    index &+= 1
                                    break word
                                }
                                break lanes
                            }
                            hash = (hash ^ UInt64(code)) &* fnvPrime
                            offset &+= 1
                        }
                        index &+= 8
                    }
                    // One byte: a separator ends the word; anything else (the last bytes of the text,
                    // non-ASCII) is hashed as its class says.
                    guard index < count else { break }
                    let byte = base[index]
                    let code = classes[Int(byte)]
                    if code > ByteClass.maybeSeparator {
                        hash = (hash ^ UInt64(code)) &* fnvPrime
                    } else if code == ByteClass.separator {
                        index &+= 1  // past the separator too: the next loop need not look at it again
                        break word
                    } else if let width = separatorWidth(base, count, at: index) {
                        index &+= width
                        break word
                    } else {
                        hash = (hash ^ UInt64(byte)) &* fnvPrime
                    }
                    index &+= 1
                }
                return (index, hash)
            }
            return (index, nil)
        }
    }

    /// The byte classes, one table load a byte: `separator` (ASCII other than letters and
    /// digits), `maybeSeparator` (C2, E2: may start NBSP or a General Punctuation character),
    /// otherwise the byte as hashed (ASCII letters lower-cased; digits and other non-ASCII bytes
    /// as they are; never 0 or 1).
    private enum ByteClass {
        static let separator: UInt8 = 0
        static let maybeSeparator: UInt8 = 1

        static let table: [UInt8] = (0...255).map { value in
            let byte = UInt8(value)
            if byte == 0xC2 || byte == 0xE2 { return maybeSeparator }
            if byte >= 0x80 { return byte }
            guard byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 else { return separator }
            return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
    }

    /// The length in bytes of the multi-byte separator at `index` (NBSP C2 A0; E2 80 xx and
    /// E2 81 xx: the General Punctuation block and the superscripts U+2070–U+207F that share its
    /// lead bytes), or `nil` when none starts there.
    @inline(__always)
    static func separatorWidth(_ bytes: UnsafePointer<UInt8>, _ count: Int, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81 { return 3 }
        return nil
    }

    /// Where the URL starting at `index` ends, or `nil` when no URL starts there.
    @inline(__always)
    private static func urlEnd(_ bytes: UnsafePointer<UInt8>, _ count: Int, from index: Int) -> Int? {
        // Quick reject first ("with", "have"): every prefix has four bytes or more, the second "t" or "w".
        guard index + 4 <= count else { return nil }
        let second = bytes[index + 1] | 0x20
        guard second == UInt8(ascii: "t") || second == UInt8(ascii: "w"),
            hasPrefix(bytes, count, at: index, "http://") || hasPrefix(bytes, count, at: index, "https://")
                || hasPrefix(bytes, count, at: index, "www.")
        else { return nil }
        return urlTerminator(bytes, count, from: index)
    }

    /// The index of the first URL terminator at or after `index`, or `count`. Eight bytes a step while
    /// none of them can be one: bytes below 0x2A (whitespace, `"`, `'`, `(`, `)`, and a few that are not
    /// terminators, such as `&`, which the byte test then passes over), `<`/`>` (one test on the byte
    /// with bit 1 set) and `[`, `]`.
    @inline(__always)
    private static func urlTerminator(_ bytes: UnsafePointer<UInt8>, _ count: Int, from index: Int) -> Int {
        var end = index
        while end < count {
            if end &+ 8 <= count {
                let lane = ByteLanes.load(bytes, at: end)
                let candidates = ByteLanes.below(lane, 0x2A) | ByteLanes.equal(lane | 0x0202_0202_0202_0202, to: 0x3E)
                    | ByteLanes.equal(lane, to: 0x5B) | ByteLanes.equal(lane, to: 0x5D)
                if candidates == 0 {
                    end &+= 8
                    continue
                }
                end &+= ByteLanes.firstLane(of: candidates)
            }
            if isURLTerminator(bytes[end]) { return end }
            end &+= 1
        }
        return count
    }

    /// ASCII case-insensitive prefix test; `prefix` must be lower-case ASCII.
    @inline(__always)
    private static func hasPrefix(
        _ bytes: UnsafePointer<UInt8>, _ count: Int, at index: Int, _ prefix: StaticString
    ) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard index + length <= count else { return false }
        let start = prefix.utf8Start
        for offset in 0..<length {
            var byte = bytes[index + offset]
            if byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
            if byte != start[offset] { return false }
        }
        return true
    }

    /// Whitespace, quotes, angle brackets, parentheses and square brackets end a URL.
    @inline(__always)
    private static func isURLTerminator(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x09...0x0D, 0x20, 0x22, 0x27, 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D: true
        default: false
        }
    }
}
