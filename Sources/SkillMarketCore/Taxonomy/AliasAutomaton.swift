/// A byte range of the text where one alias matched.
struct AliasHit: Sendable, Equatable {
    var alias: Int32
    var start: Int32
    var end: Int32
}

/// Every alias of a taxonomy compiled into one trie over case-folded UTF-8 bytes.
///
/// Bytes are mapped to a few equivalence classes (ASCII letters folded, whitespace and `-` one "space"
/// class, bytes no alias uses one dead class), and the trie is a dense `node × class` table, so a step is
/// two array reads. ``scan(_:into:)`` visits only the starts of words and the few other bytes aliases begin
/// with, found 64 bytes at a time (``AliasStartBlocks``); a word whose first eight bytes and length some
/// alias's first word has, followed by a byte that such an alias goes on with, is looked up whole (up to 16
/// bytes) and the trie walk resumes at the node after it, keeping the longest alias that ends on a token
/// boundary (leftmost-longest, non-overlapping): one pass, no lower-casing, no regex.
/// Memory is `nodes × classes × 4` bytes (about 14 MB for 10,000 aliases of ~12 bytes).
struct AliasAutomaton: Sendable {
    static let deadClass: UInt8 = 0
    static let spaceClass: UInt8 = 1

    /// Class of every byte value (256 entries).
    private let byteClass: [UInt8]
    /// Non-zero for ASCII letters, digits and `_` (bytes that glue a token together): the byte `| 0x20`,
    /// so the scan folds and tests a byte with one read. Zero for every other byte.
    let wordByte: [UInt8]
    private let classCount: Int
    /// `next[node * classCount + class]` is `child << 1 | isTerminal(child)`, 0 for none (the root is no
    /// child), for the `denseCount` nodes that are shallow (depth <= 2, touched by nearly every walk) or
    /// have four or more children.
    private let next: [Int32]
    private let denseCount: Int
    /// Deeper nodes (mostly one child each) keep sparse edges, so 10,000 aliases stay a few MB: node
    /// `denseCount + e` has the edges from `edges[e]` up to the first one flagged last (a leaf has one
    /// edge that never matches), so its number leads straight to them. `entry << 9 | isLast << 8 | class`
    /// per edge.
    private let edges: [Int64]
    /// The root's row indexed by raw byte value rather than class (256 entries), same encoding.
    private let rootEntry: [Int32]
    /// Bit sets of first-word keys and of first words with what follows them, see
    /// ``makeFirstWordFilters(_:)``: a common word that only begins aliases ("a" of "a/b testing", "machine",
    /// "on") walks only when the text goes on as one of them does.
    private let firstWordFilter: [UInt64]
    private let continuationFilter: [UInt64]
    /// Finds the scan's starts: word starts, and every non-word byte when ``nonWordStart`` does not suffice.
    private let startBlocks: AliasStartBlocks
    /// 1 for each non-word byte some alias begins with, when every such alias goes on with a word byte: such a
    /// byte needs a visit only right before a word start (all 0 when that does not hold).
    private let nonWordStart: [UInt8]
    /// Each alias's first word of at most 16 bytes (`| 0x20` per byte) → the entry of the trie node after it,
    /// so a walk from a word skips the bytes the lookup matched (and a word no alias starts with, none).
    private let firstWordEntry: ShortKeyTable<Int32>
    /// Aliases ending at node `k` are `terminalAliases[terminalStart[k] ..< terminalStart[k + 1]]`.
    private let terminalStart: [Int32]
    /// Per node, case-sensitive aliases first, then file order.
    private let terminalAliases: [Int32]
    /// Per alias, its own bytes with whitespace/hyphen runs as one 0x20; empty when case-insensitive.
    private let exactBytes: [[UInt8]]

    /// Compiles `aliases` (each given as its text and whether its case matters); empty texts never match.
    init(aliases: [(text: String, caseSensitive: Bool)]) {
        let keys = aliases.map { Self.normalised($0.text) }
        var classOf = [UInt8](repeating: Self.deadClass, count: 256)
        var count = 2
        for key in keys {
            for byte in key where byte != 0x20 && classOf[Int(Self.folded(byte))] == Self.deadClass {
                classOf[Int(Self.folded(byte))] = UInt8(truncatingIfNeeded: count)
                count += 1
            }
        }
        precondition(count <= 256, "byte classes overflow")
        var byteClass = [UInt8](repeating: Self.deadClass, count: 256)
        var wordByte = [UInt8](repeating: 0, count: 256)
        for value in 0..<256 {
            let byte = UInt8(value)
            byteClass[value] = Self.isSpaceLike(byte) ? Self.spaceClass : classOf[Int(Self.folded(byte))]
            wordByte[value] = Self.isWord(byte) ? byte | 0x20 : 0
        }
        var next = [Int32](repeating: 0, count: count)
        var nodeCount = 1
        var ends: [(node: Int32, alias: Int32)] = []
        var firstWords: [(key: [UInt8], node: Int32)] = []
        for (index, key) in keys.enumerated() where !key.isEmpty {
            let firstWordLength = key.prefix { Self.isWord($0) }.count
            var node = 0
            for (offset, byte) in key.enumerated() {
                let slot = node * count + Int(byteClass[Int(byte)])
                if next[slot] == 0 {
                    next[slot] = Int32(nodeCount)
                    next.append(contentsOf: repeatElement(0, count: count))
                    nodeCount += 1
                }
                node = Int(next[slot])
                if offset + 1 == firstWordLength, firstWordLength <= ShortKeyTable<Int32>.maxLength {
                    firstWords.append((key.prefix(firstWordLength).map { $0 | 0x20 }, Int32(node)))
                }
            }
            ends.append((Int32(node), Int32(index)))
        }
        let (newIndex, denseCount) = Self.renumberDenseFirst(&next, width: count, nodeCount: nodeCount)
        let (nodeID, idCount) = Self.sparseNodeIDs(next, width: count, nodeCount: nodeCount, denseCount: denseCount)
        ends = ends.map { (nodeID[Int(newIndex[Int($0.node)])], $0.alias) }
        ends.sort { lhs, rhs in
            if lhs.node != rhs.node { return lhs.node < rhs.node }
            let lcs = aliases[Int(lhs.alias)].caseSensitive
            let rcs = aliases[Int(rhs.alias)].caseSensitive
            return lcs != rcs ? lcs : lhs.alias < rhs.alias
        }
        var isTerminal = [Bool](repeating: false, count: idCount)
        for end in ends { isTerminal[Int(end.node)] = true }
        for slot in next.indices where next[slot] != 0 {
            let child = nodeID[Int(next[slot])]
            next[slot] = child << 1 | (isTerminal[Int(child)] ? 1 : 0)
        }
        let rootEntry = (0..<256).map { next[Int(byteClass[$0])] }
        self.rootEntry = rootEntry
        self.firstWordEntry = ShortKeyTable(
            firstWords.map { word in
                let child = nodeID[Int(newIndex[Int(word.node)])]
                return (word.key, child << 1 | (isTerminal[Int(child)] ? 1 : 0))
            })
        var edges: [Int64] = []
        for node in denseCount..<nodeCount {
            let first = edges.count
            for cls in 0..<count where next[node * count + cls] != 0 {
                edges.append(Int64(next[node * count + cls]) << 9 | Int64(cls))
            }
            if edges.count == first { edges.append(Int64(Self.deadClass)) }  // a leaf: no byte leads on
            edges[edges.count - 1] |= 1 << 8
        }
        next.removeSubrange((denseCount * count)...)
        self.denseCount = denseCount
        self.edges = edges
        var terminalStart = [Int32](repeating: 0, count: idCount + 1)
        for end in ends { terminalStart[Int(end.node) + 1] += 1 }
        for id in 0..<idCount { terminalStart[id + 1] += terminalStart[id] }
        (self.firstWordFilter, self.continuationFilter) = Self.makeFirstWordFilters(keys)
        self.byteClass = byteClass
        self.wordByte = wordByte
        self.classCount = count
        self.next = next
        self.terminalStart = terminalStart
        self.terminalAliases = ends.map(\.alias)
        let beforeWords = keys.allSatisfy { $0.isEmpty || Self.isWord($0[0]) || $0.count > 1 && Self.isWord($0[1]) }
        self.startBlocks = AliasStartBlocks(everyNonWordByte: !beforeWords)
        self.nonWordStart = (0..<256).map { beforeWords && !Self.isWord(UInt8($0)) && rootEntry[$0] != 0 ? 1 : 0 }
        self.exactBytes = aliases.map { $0.caseSensitive ? Self.normalised($0.text, fold: false) : [] }
    }

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
                                        let tables = Tables(
                                            classes: classes, words: words, table: table, edges: edges, root: root,
                                            filter: filter, continuations: continuations, nonWordStart: nonWordStart)
                                        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.readAhead) {
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

    private struct Tables {
        let classes: UnsafeBufferPointer<UInt8>
        let words: UnsafeBufferPointer<UInt8>
        let table: UnsafeBufferPointer<Int32>
        let edges: UnsafeBufferPointer<Int64>
        let root: UnsafeBufferPointer<Int32>
        let filter: UnsafeBufferPointer<UInt64>
        let continuations: UnsafeBufferPointer<UInt64>
        let nonWordStart: UnsafeBufferPointer<UInt8>
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
    /// `padded` is room for ``readAhead`` bytes, for the last ones of the text.
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
            if n &- blockStart < Self.readAhead {  // the last bytes: read them from a zero-padded copy
                padded.initialize(repeating: 0)
                UnsafeMutableRawBufferPointer(padded).copyMemory(
                    from: UnsafeRawBufferPointer(start: lanes, count: n &- blockStart))
                lanes = UnsafePointer(paddedBase)
            }
            var visits =
                marks(
                    starts: words & ~(words &<< 1 | wordBefore), ends: ends, carriedEnd: carriedEnd,
                    lanes: lanes, blockStart: blockStart, text: text, tables: tables) | current.others
            while visits != 0 {
                let offset = visits.trailingZeroBitCount
                visits &= visits &- 1
                let i = blockStart &+ offset
                guard i >= resume else { continue }
                guard words &>> UInt64(offset) & 1 != 0 else {
                    if let hit = nonWordHit(text, at: i, tables: tables), !add(hit) { return nil }
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
                if let hit = candidateWordHit(text, from: i, to: end, tables: tables), !add(hit) { return nil }
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
    /// block's bytes with at least ``readAhead`` readable.
    @inline(__always)
    private func marks(
        starts: UInt64, ends: UInt64, carriedEnd: Int, lanes: UnsafePointer<UInt8>, blockStart: Int,
        text: UnsafeBufferPointer<UInt8>, tables: Tables
    ) -> UInt64 {
        let shift = tables.filterShift
        var starts = starts, ends = ends
        var marked: UInt64 = 0
        while starts != 0 {
            let offset = starts.trailingZeroBitCount
            starts &= starts &- 1
            let endOffset = ends != 0 ? ends.trailingZeroBitCount : carriedEnd
            ends &= ends &- 1
            let low = Self.foldedLanes(lanes + offset, count: endOffset &- offset, readable: 8)
            let key = Self.firstWordKey(lanes: low, length: endOffset &- offset)
            let bit = Int(truncatingIfNeeded: key &>> shift)
            let passes = tables.filter[bit &>> 6] &>> UInt64(truncatingIfNeeded: bit & 63) & 1
            let before = UInt64(tables.nonWordStart[Int(text[max(blockStart &+ offset &- 1, 0)])])
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

    /// The hit starting at the word `text[i..<end]`, if some alias starts with that word (the first-word
    /// filter) and the text goes on as one does. Kept out of the scan loop: few words get here.
    @inline(never)
    private func candidateWordHit(_ text: UnsafeBufferPointer<UInt8>, from i: Int, to end: Int, tables: Tables) -> AliasHit? {
        let low = Self.foldedLanes(text.baseAddress.unsafelyUnwrapped + i, count: end &- i, readable: text.count &- i)
        let key = Self.firstWordKey(lanes: low, length: end &- i)
        guard Self.contains(tables.filter, key, shift: tables.filterShift),
            Self.continues(text, wordKey: key, end: end, classes: tables.classes, tables: tables)
        else { return nil }
        return firstWordHit(text, from: i, to: end, low: low, tables: tables)
    }

    /// Whether some alias whose first word has key `key` is that word alone or goes on as the text after the
    /// word's `end` does: with the same byte, or after a run of spaces, hyphens, newlines and no-break spaces
    /// (skipped as the walk skips them) with the same byte after a space.
    @inline(__always)
    private static func continues(
        _ text: UnsafeBufferPointer<UInt8>, wordKey key: UInt64, end: Int, classes: UnsafeBufferPointer<UInt8>,
        tables: Tables
    ) -> Bool {
        let filter = tables.continuations, shift = tables.filterShift
        if contains(filter, continuationKey(key, 0x20), shift: shift) { return true }
        let n = text.count
        var k = end
        while k < n {
            if classes[Int(text[k])] == spaceClass {
                k &+= 1
            } else if text[k] == 0xC2, k &+ 1 < n, text[k &+ 1] == 0xA0 {
                k &+= 2
            } else {
                break
            }
        }
        guard k < n else { return false }
        return contains(filter, continuationKey(key, folded(text[k])), shift: shift)
    }

    /// The hit starting at the word `text[i..<end]`, which passed the first-word filter, if some alias starts
    /// with that word: the walk starts after the word, at the node its lookup gives (a word of more than 16
    /// bytes walks from the root). `low` is the word's first eight bytes as ``foldedLanes(_:count:readable:)``
    /// gives them.
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
    private func canStartHit(_ text: UnsafeBufferPointer<UInt8>, at i: Int, tables: Tables) -> Bool {
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

    /// The longest alias starting at token start `i` that ends on a token boundary and fits its case rule,
    /// resuming at `entry`, the trie node reached through `text[i..<j]` (inside which no alias can end on a
    /// token boundary).
    private func walk(_ text: UnsafeBufferPointer<UInt8>, from i: Int, entry: Int32, at j: Int, tables: Tables) -> AliasHit? {
        let n = text.count
        let words = tables.words
        var entry = entry
        var best: AliasHit?
        var j = j
        while entry != 0 {
            let node = Int(entry >> 1)
            if entry & 1 != 0, words[Int(text[j - 1])] == 0 || j == n || words[Int(text[j])] == 0,
                let alias = acceptedAlias(at: node, text: text, start: i, end: j)
            {
                best = AliasHit(alias: alias, start: Int32(i), end: Int32(j))
            }
            guard j < n else { break }
            let byte = text[j]
            var cls = tables.classes[Int(byte)]
            if byte == 0xC2, j + 1 < n, text[j + 1] == 0xA0 {  // U+00A0 no-break space
                cls = Self.spaceClass
                j += 1
            }
            entry = node < denseCount ? tables.table[node &* classCount &+ Int(cls)]
                : Self.sparseEntry(tables.edges, from: node &- denseCount, cls)
            j += 1
            if cls == Self.spaceClass {  // a run of spaces/hyphens/newlines is one space
                while j < n {
                    if tables.classes[Int(text[j])] == Self.spaceClass {
                        j += 1
                    } else if text[j] == 0xC2, j + 1 < n, text[j + 1] == 0xA0 {
                        j += 2
                    } else {
                        break
                    }
                }
            }
        }
        return best
    }

    /// The entry of the sparse node whose edges start at `edges[first]` for class `cls`, 0 for none.
    @inline(__always)
    private static func sparseEntry(_ edges: UnsafeBufferPointer<Int64>, from first: Int, _ cls: UInt8) -> Int32 {
        var index = first
        while true {
            let edge = edges[index]
            if UInt8(truncatingIfNeeded: edge) == cls { return Int32(truncatingIfNeeded: edge >> 9) }
            if edge & 1 << 8 != 0 { return 0 }
            index &+= 1
        }
    }

    /// The first alias ending at `node` whose letter case fits `text[start..<end]`, if any.
    private func acceptedAlias(at node: Int, text: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Int32? {
        for k in Int(terminalStart[node])..<Int(terminalStart[node + 1]) {
            let alias = terminalAliases[k]
            let exact = exactBytes[Int(alias)]
            if exact.isEmpty || Self.matchesExactly(exact, text: text, start: start, end: end) { return alias }
        }
        return nil
    }

    private static func matchesExactly(_ exact: [UInt8], text: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool
    {
        var t = start
        for byte in exact {
            guard t < end else { return false }
            if byte == 0x20 {
                guard isSpaceLike(text[t]) || text[t] == 0xC2 else { return false }
                while t < end, isSpaceLike(text[t]) || (text[t] == 0xC2 && t + 1 < end && text[t + 1] == 0xA0) {
                    t += text[t] == 0xC2 ? 2 : 1
                }
            } else {
                guard text[t] == byte else { return false }
                t += 1
            }
        }
        return t == end
    }
}
