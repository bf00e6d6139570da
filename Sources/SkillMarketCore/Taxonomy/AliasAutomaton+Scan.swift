/// The scan of ``AliasAutomaton``: where a walk may start, and which words are worth one.
extension AliasAutomaton {
    /// Writes every alias hit in `text` to `hits`, in text order, and returns how many; `nil` when `hits`
    /// fills up first (room for `text.count` hits always suffices: each hit covers a byte).
    func scan(_ text: UnsafeBufferPointer<UInt8>, into hits: UnsafeMutableBufferPointer<AliasHit>) -> Int? {
        byteClass.withUnsafeBufferPointer { classes in
            wordByte.withUnsafeBufferPointer { words in
                next.withUnsafeBufferPointer { table in
                    edges.withUnsafeBufferPointer { edges in
                        rootEntry.withUnsafeBufferPointer { root in
                            firstWordFilter.withUnsafeBufferPointer { filter in
                                continuationFilter.withUnsafeBufferPointer { continuations in
                                    nonWordStart.withUnsafeBufferPointer { nonWordStart in
                                        lowByteMasks.withUnsafeBufferPointer { lowByteMasks in
                                            terminalStart.withUnsafeBufferPointer { terminalStart in
                                                terminalAliases.withUnsafeBufferPointer { terminalAliases in
                                                    exactBytes.withUnsafeBufferPointer { exactBytes in
                                                        let tables = Tables(
                                                            classes: classes, words: words, table: table, edges: edges,
                                                            root: root, filter: filter, continuations: continuations,
                                                            nonWordStart: nonWordStart, lowByteMasks: lowByteMasks,
                                                            terminalStart: terminalStart, terminalAliases: terminalAliases,
                                                            exactBytes: exactBytes)
                                                        return withUnsafeTemporaryAllocation(
                                                            of: UInt8.self, capacity: 1 + Self.readAhead
                                                        ) {
                                                            scan(text, tables: tables, padded: $0, into: hits)
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The automaton's tables as buffers, for one scan and the walks it starts.
    struct Tables {
        let classes: UnsafeBufferPointer<UInt8>
        let words: UnsafeBufferPointer<UInt8>
        let table: UnsafeBufferPointer<Int32>
        let edges: UnsafeBufferPointer<Int64>
        let root: UnsafeBufferPointer<Int32>
        let filter: UnsafeBufferPointer<UInt64>
        let continuations: UnsafeBufferPointer<UInt64>
        let nonWordStart: UnsafeBufferPointer<UInt8>
        let lowByteMasks: UnsafeBufferPointer<UInt64>
        let terminalStart: UnsafeBufferPointer<Int32>
        let terminalAliases: UnsafeBufferPointer<Int32>
        let exactBytes: UnsafeBufferPointer<[UInt8]>
        /// How far a key shifts right to index the filters (both have the same size).
        var filterShift: UInt64 { UInt64(truncatingIfNeeded: 58 &- filter.count.trailingZeroBitCount) }
    }

    /// Block by block (64 bytes): word starts and ends come from masks (``AliasStartBlocks``), and a first
    /// pass over the block's words, with no branch per word, marks the few that need a look: those whose
    /// first-word key (first eight bytes and length: no pass over the word) passes the filter, or that follow
    /// a non-word byte aliases begin with (``nonWordStart``). The second pass visits the marked words (and,
    /// for a taxonomy that needs it, every non-word byte) in text order: a walk from the byte before the word
    /// when the root row allows one, then from the word when the text goes on as some alias with that first
    /// word does.
    /// `padded` is room for the byte before a block and ``readAhead`` bytes, for the first block (which has no
    /// byte before it) and the last ones of the text.
    private func scan(
        _ text: UnsafeBufferPointer<UInt8>, tables: Tables, padded: UnsafeMutableBufferPointer<UInt8>,
        into hits: UnsafeMutableBufferPointer<AliasHit>
    ) -> Int? {
        guard let base = text.baseAddress, let paddedBase = padded.baseAddress else { return 0 }
        let n = text.count
        var count = 0
        var resume = 0  // the end of the last hit: starts before it are inside it
        func add(_ hit: AliasHit) -> Bool {
            guard count < hits.count else { return false }
            hits.initializeElement(at: count, to: hit)
            count &+= 1
            resume = Int(hit.end)
            return true
        }
        var blockStart = 0
        var current = startBlocks.masks(base, at: 0, count: n)
        var following = startBlocks.masks(base, at: 64, count: n)
        var wordBefore: UInt64 = 0  // 1 when the byte before the block is a word byte
        while blockStart < n {
            let words = current.words
            // Bit k: a word ends before byte k, in the order the words start here (the end of a word that
            // began in the block before is dropped); a word going on into the next block ends at
            // `carriedEnd` (128: further still).
            var ends = ~words & (words &<< 1 | wordBefore)
            ends &= ends &- wordBefore
            let carriedEnd = 64 &+ (~following.words).trailingZeroBitCount
            var lanes = base + blockStart
            if blockStart == 0 || n &- blockStart < Self.readAhead {  // read from a copy, zero-padded either side
                padded.initialize(repeating: 0)
                if blockStart > 0 { padded[0] = text[blockStart &- 1] }
                UnsafeMutableRawBufferPointer(rebasing: UnsafeMutableRawBufferPointer(padded)[1...]).copyMemory(
                    from: UnsafeRawBufferPointer(start: lanes, count: min(n &- blockStart, Self.readAhead)))
                lanes = UnsafePointer(paddedBase + 1)
            }
            var visits =
                marks(
                    starts: words & ~(words &<< 1 | wordBefore), ends: ends, carriedEnd: carriedEnd, lanes: lanes,
                    tables: tables) | current.others
            while visits != 0 {
                let offset = visits.trailingZeroBitCount
                visits &= visits &- 1
                let i = blockStart &+ offset
                guard i >= resume else { continue }
                guard words &>> UInt64(offset) & 1 != 0 else {  // (every non-word byte is visited)
                    if tables.root[Int(text[i])] != 0, let hit = nonWordHit(text, at: i, tables: tables), !add(hit) {
                        return nil
                    }
                    continue
                }
                if i > resume, tables.nonWordStart[Int(text[i &- 1])] != 0,
                    let hit = nonWordHit(text, at: i &- 1, tables: tables)
                {
                    guard add(hit) else { return nil }
                    guard i >= resume else { continue }
                }
                // Bit k: byte i + k is no word byte (the block after the text has none).
                let rest = ~words &>> UInt64(offset) | (~following.words &<< 1) &<< UInt64(63 &- offset)
                let end = rest != 0 ? i &+ rest.trailingZeroBitCount : Self.wordEnd(text, after: i, words: tables.words)
                let low = Self.foldedLanes(base + i, count: end &- i, readable: n &- i)
                let key = Self.firstWordKey(lanes: low, length: end &- i)
                if Self.contains(tables.filter, key, shift: tables.filterShift),
                    Self.continues(text, wordKey: key, end: end, tables: tables),
                    let hit = firstWordHit(text, from: i, to: end, low: low, tables: tables), !add(hit)
                {
                    return nil
                }
            }
            wordBefore = words &>> 63
            blockStart &+= 64
            current = following
            following = startBlocks.masks(base, at: blockStart &+ 64, count: n)
        }
        return count
    }

    /// Bytes from a word start in a block up to which the first pass may read: 63 + 8, rounded up.
    private static let readAhead = 72

    /// The first pass over one block: bit k set for the word starting at byte k (of `starts`, whose ends are
    /// `ends` in the same order, then `carriedEnd`) when its first-word key passes the filter, the byte
    /// before it begins some alias, or it is too long for the masks to tell its length. `lanes` is the
    /// block's bytes with the byte before them (0 for the text's first block) and at least ``readAhead``
    /// readable; the word's first eight bytes are cut out of a load with a mask per length
    /// (``lowByteMasks``), as ``foldedLanes(_:count:readable:)`` gives them.
    @inline(__always)
    private func marks(
        starts: UInt64, ends: UInt64, carriedEnd: Int, lanes: UnsafePointer<UInt8>, tables: Tables
    ) -> UInt64 {
        let shift = tables.filterShift
        var starts = starts, ends = ends
        var marked: UInt64 = 0
        while starts != 0 {
            let offset = starts.trailingZeroBitCount
            starts &= starts &- 1
            let endOffset = ends != 0 ? ends.trailingZeroBitCount : carriedEnd
            ends &= ends &- 1
            let length = endOffset &- offset
            let low = (ByteLanes.load(lanes + offset, at: 0) | 0x2020_2020_2020_2020) & tables.lowByteMasks[length]
            let key = Self.firstWordKey(lanes: low, length: length)
            let bit = Int(truncatingIfNeeded: key &>> shift)
            let passes = tables.filter[bit &>> 6] &>> UInt64(truncatingIfNeeded: bit & 63) & 1
            let before = UInt64(tables.nonWordStart[Int(lanes[offset &- 1])])
            let long = UInt64(truncatingIfNeeded: endOffset &>> 7)
            marked |= (passes | before | long) &<< UInt64(truncatingIfNeeded: offset)
        }
        return marked
    }

    /// The hit starting at the non-word byte `text[i]`, if some alias starts there. Kept out of the scan loop
    /// (rare in most texts).
    @inline(never)
    private func nonWordHit(_ text: UnsafeBufferPointer<UInt8>, at i: Int, tables: Tables) -> AliasHit? {
        guard canStartHit(text, at: i, tables: tables) else { return nil }
        return walk(text, from: i, entry: tables.root[Int(text[i])], at: i &+ 1, tables: tables)
    }

    /// Whether some alias whose first word has key `key` is that word alone or goes on as the text after the
    /// word's `end` does: with the same byte, or after a run of spaces, hyphens, newlines and no-break spaces
    /// (skipped as the walk skips them) with the same byte after a space.
    @inline(__always)
    private static func continues(
        _ text: UnsafeBufferPointer<UInt8>, wordKey key: UInt64, end: Int, tables: Tables
    ) -> Bool {
        let filter = tables.continuations, shift = tables.filterShift, classes = tables.classes
        if contains(filter, continuationKey(key, 0x20), shift: shift) { return true }
        let k = spaceRunEnd(text, from: end, classes: classes)
        guard k < text.count else { return false }
        return contains(filter, continuationKey(key, folded(text[k])), shift: shift)
    }

    /// The hit starting at the word `text[i..<end]`, which passed the first-word filters, if some alias starts
    /// with that word: the walk starts after the word, at the node its lookup gives (a word of more than 16
    /// bytes walks from the root). `low` is the word's first eight bytes as ``foldedLanes(_:count:readable:)``
    /// gives them. Kept out of the scan loop: few words get here.
    @inline(never)
    private func firstWordHit(
        _ text: UnsafeBufferPointer<UInt8>, from i: Int, to end: Int, low: UInt64, tables: Tables
    ) -> AliasHit? {
        let length = end &- i
        guard length <= ShortKeyTable<Int32>.maxLength else {
            return walk(text, from: i, entry: tables.root[Int(text[i])], at: i &+ 1, tables: tables)
        }
        let base = text.baseAddress.unsafelyUnwrapped + i
        let high = length > 8 ? Self.foldedLanes(base + 8, count: length &- 8, readable: text.count &- i &- 8) : 0
        guard let entry = firstWordEntry.value(low: low, high: high, count: length) else { return nil }
        return walk(text, from: i, entry: entry, at: end, tables: tables)
    }

    /// Where the word starting at `i` ends, byte by byte: for words too long for the block masks.
    private static func wordEnd(_ text: UnsafeBufferPointer<UInt8>, after i: Int, words: UnsafeBufferPointer<UInt8>) -> Int {
        var j = i &+ 1
        while j < text.count, words[Int(text[j])] != 0 { j &+= 1 }
        return j
    }

    /// Whether `walk(text, from: i, …)` can find anything: some alias ends at the trie node of `text[i]` or
    /// continues with the byte after it. Rules out, without a call, the walks from punctuation (every "." of
    /// a text tries ".net").
    @inline(__always)
    func canStartHit(_ text: UnsafeBufferPointer<UInt8>, at i: Int, tables: Tables) -> Bool {
        let entry = tables.root[Int(text[i])]
        if entry == 0 { return false }
        if entry & 1 != 0 { return true }
        let j = i &+ 1
        guard j < text.count else { return false }
        let node = Int(entry >> 1)
        let byte = text[j]
        if byte == 0xC2 || node >= denseCount { return true }  // NBSP, or a sparse node: let the walk decide
        return tables.table[node &* classCount &+ Int(tables.classes[Int(byte)])] != 0
    }
}
