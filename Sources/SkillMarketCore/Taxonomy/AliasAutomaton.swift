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
/// two array reads. ``scan(_:into:)`` hashes each word as it passes over it (eight bytes per bounds check);
/// a word whose hash some alias's first word has, followed by a byte that such an alias goes on with, is
/// looked up whole (up to 16 bytes) and the trie walk resumes at the node after it, keeping the longest
/// alias that ends on a token boundary (leftmost-longest, non-overlapping): one pass, no lower-casing, no
/// regex.
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
    /// Bit sets of first-word hashes and of first words with what follows them, see
    /// ``makeFirstWordFilters(_:)``: a common word that only begins aliases ("a" of "a/b testing", "machine",
    /// "on") walks only when the text goes on as one of them does.
    private let firstWordFilter: [UInt64]
    private let continuationFilter: [UInt64]
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
        self.rootEntry = (0..<256).map { next[Int(byteClass[$0])] }
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
                                    let tables = Tables(
                                        classes: classes, words: words, table: table, edges: edges, root: root)
                                    return scan(
                                        text, tables: tables, filter: filter, continuations: continuations, into: hits)
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
    }

    /// Token by token: a word is hashed while it is skipped, and the trie is walked only when some alias
    /// starts with a word of that hash and goes on as the text does (or, at punctuation, when some alias
    /// starts with that byte).
    private func scan(
        _ text: UnsafeBufferPointer<UInt8>, tables: Tables, filter: UnsafeBufferPointer<UInt64>,
        continuations: UnsafeBufferPointer<UInt64>, into hits: UnsafeMutableBufferPointer<AliasHit>
    ) -> Int? {
        let n = text.count
        var count = 0
        let words = tables.words
        let mask = UInt32(truncatingIfNeeded: filter.count &* 64 &- 1)
        var i = 0
        while i < n {
            let first = text[i]
            let foldedFirst = words[Int(first)]
            if foldedFirst != 0 {
                let start = Self.hashStep(Self.hashSeed, foldedFirst)
                let (j, hash) = Self.wordEnd(text, after: i, hash: start, words: words)
                let bit = hash & mask
                if filter[Int(bit >> 6)] & (1 << UInt64(bit & 63)) != 0,
                    Self.continues(text, wordHash: hash, end: j, classes: tables.classes, filter: continuations),
                    let hit = firstWordHit(text, from: i, to: j, tables: tables)
                {
                    guard count < hits.count else { return nil }
                    hits.initializeElement(at: count, to: hit)
                    count &+= 1
                    i = Int(hit.end)
                } else {
                    // The byte after the word is none: skip it too when no alias starts with it (a space).
                    i = j < n && tables.root[Int(text[j])] == 0 ? j &+ 1 : j
                }
            } else if canStartHit(text, at: i, tables: tables),
                let hit = walk(text, from: i, entry: tables.root[Int(text[i])], at: i &+ 1, tables: tables)
            {
                guard count < hits.count else { return nil }
                hits.initializeElement(at: count, to: hit)
                count &+= 1
                i = Int(hit.end)
            } else {
                i &+= 1
            }
        }
        return count
    }

    /// Whether some alias whose first word hashes to `hash` is that word alone or goes on as the text after
    /// the word's `end` does: with the same byte, or after a run of spaces, hyphens, newlines and no-break
    /// spaces (skipped as the walk skips them) with the same byte after a space.
    @inline(__always)
    private static func continues(
        _ text: UnsafeBufferPointer<UInt8>, wordHash hash: UInt32, end: Int, classes: UnsafeBufferPointer<UInt8>,
        filter: UnsafeBufferPointer<UInt64>
    ) -> Bool {
        let mask = UInt32(truncatingIfNeeded: filter.count &* 64 &- 1)
        let whole = hashStep(hash, 0x20) & mask
        if filter[Int(whole >> 6)] & (1 << UInt64(whole & 63)) != 0 { return true }
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
        let pair = hashStep(hash, folded(text[k])) & mask
        return filter[Int(pair >> 6)] & (1 << UInt64(pair & 63)) != 0
    }

    /// The hit starting at the word `text[i..<end]`, which passed the first-word filter, if some alias starts
    /// with that word: the walk starts after the word, at the node its lookup gives (a word of more than 16
    /// bytes walks from the root).
    private func firstWordHit(_ text: UnsafeBufferPointer<UInt8>, from i: Int, to end: Int, tables: Tables) -> AliasHit? {
        let length = end &- i
        guard length <= ShortKeyTable<Int32>.maxLength else {
            return walk(text, from: i, entry: tables.root[Int(text[i])], at: i &+ 1, tables: tables)
        }
        let base = text.baseAddress.unsafelyUnwrapped + i
        let low = Self.foldedLanes(base, count: length, readable: text.count &- i)
        let high = length > 8 ? Self.foldedLanes(base + 8, count: length &- 8, readable: text.count &- i &- 8) : 0
        guard let entry = firstWordEntry.value(low: low, high: high, count: length) else { return nil }
        return walk(text, from: i, entry: entry, at: end, tables: tables)
    }

    /// Where the word whose byte `i` is already hashed into `hash` ends, and the hash of the whole word.
    /// Eight bytes per bounds check while the text has them.
    @inline(__always)
    private static func wordEnd(
        _ text: UnsafeBufferPointer<UInt8>, after i: Int, hash: UInt32, words: UnsafeBufferPointer<UInt8>
    ) -> (end: Int, hash: UInt32) {
        let n = text.count
        var hash = hash
        var j = i &+ 1
        while j &+ 8 <= n {
            var offset = 0
            while offset < 8 {
                let folded = words[Int(text[j &+ offset])]
                if folded == 0 { return (j &+ offset, hash) }
                hash = hashStep(hash, folded)
                offset &+= 1
            }
            j &+= 8
        }
        while j < n {
            let folded = words[Int(text[j])]
            if folded == 0 { break }
            hash = hashStep(hash, folded)
            j &+= 1
        }
        return (j, hash)
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
