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
/// two array reads. ``scan(_:into:)`` finds word starts and ends 64 bytes at a time (``AliasStartBlocks``)
/// and, in a pass with no branch per word, marks the words whose first eight bytes and length some alias's
/// first word has (or that follow a byte some alias begins with, the "." of ".net"); a marked word followed
/// by a byte that such an alias goes on with is looked up whole (up to 16 bytes) and the trie walk resumes
/// at the node after it, keeping the longest alias that ends on a token boundary (leftmost-longest,
/// non-overlapping): no lower-casing, no regex, no branch per byte.
/// It is compiled from an ``AliasTrie`` (children as linked lists), so only the dense rows are ever allocated.
struct AliasAutomaton: Sendable {
    static let deadClass: UInt8 = 0
    static let spaceClass: UInt8 = 1

    /// Class of every byte value (256 entries).
    let byteClass: [UInt8]
    /// Non-zero for ASCII letters, digits and `_` (bytes that glue a token together): the byte `| 0x20`,
    /// so the scan folds and tests a byte with one read. Zero for every other byte.
    let wordByte: [UInt8]
    let classCount: Int
    /// `next[node * classCount + class]` is `child << 1 | isTerminal(child)`, 0 for none (the root is no
    /// child), for the `denseCount` nodes that are shallow (depth <= 2, touched by nearly every walk) or
    /// have four or more children.
    let next: [Int32]
    let denseCount: Int
    /// Deeper nodes (mostly one child each) keep sparse edges, so 10,000 aliases stay a few MB: node
    /// `denseCount + e` has the edges from `edges[e]` up to the first one flagged last (a leaf has one
    /// edge that never matches), so its number leads straight to them. `entry << 9 | isLast << 8 | class`
    /// per edge.
    let edges: [Int64]
    /// The root's row indexed by raw byte value rather than class (256 entries), same encoding.
    let rootEntry: [Int32]
    /// Bit sets of first-word keys and of first words with what follows them, see
    /// ``makeFirstWordFilters(_:)``: a common word that only begins aliases ("a" of "a/b testing", "machine",
    /// "on") walks only when the text goes on as one of them does.
    let firstWordFilter: [UInt64]
    let continuationFilter: [UInt64]
    /// Finds the scan's starts: word starts, and every non-word byte when ``nonWordStart`` does not suffice.
    let startBlocks: AliasStartBlocks
    /// 1 for each non-word byte some alias begins with, when every such alias goes on with a word byte: such a
    /// byte needs a visit only right before a word start (all 0 when that does not hold).
    let nonWordStart: [UInt8]
    /// Per word length up to ``longestMaskedWord``: the low `min(length, 8)` bytes of a `UInt64` set, to cut a
    /// word's first eight bytes out of an eight-byte load.
    let lowByteMasks: [UInt64]
    /// The longest word the scan's first pass measures: a block's 64 bytes and the next block's.
    static let longestMaskedWord = 128
    /// Each alias's first word of at most 16 bytes (`| 0x20` per byte) → the entry of the trie node after it,
    /// so a walk from a word skips the bytes the lookup matched (and a word no alias starts with, none).
    let firstWordEntry: ShortKeyTable<Int32>
    /// Aliases ending at node `k` are `terminalAliases[terminalStart[k] ..< terminalStart[k + 1]]`.
    let terminalStart: [Int32]
    /// Per node, case-sensitive aliases first, then file order.
    let terminalAliases: [Int32]
    /// Per alias, its own bytes with whitespace/hyphen runs as one 0x20; empty when case-insensitive.
    let exactBytes: [[UInt8]]

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
        var trie = AliasTrie()
        var ends: [(node: Int32, alias: Int32)] = []
        var firstWords: [(key: [UInt8], node: Int32)] = []
        for (index, key) in keys.enumerated() where !key.isEmpty {
            let firstWordLength = key.prefix { Self.isWord($0) }.count
            var node: Int32 = 0
            for (offset, byte) in key.enumerated() {
                node = trie.child(of: node, by: byteClass[Int(byte)])
                if offset + 1 == firstWordLength, firstWordLength <= ShortKeyTable<Int32>.maxLength {
                    firstWords.append((key.prefix(firstWordLength).map { $0 | 0x20 }, node))
                }
            }
            ends.append((node, Int32(index)))
        }
        let layout = trie.layout()
        let idCount = layout.numberCount
        ends = ends.map { (layout.number[Int($0.node)], $0.alias) }
        ends.sort { lhs, rhs in
            if lhs.node != rhs.node { return lhs.node < rhs.node }
            let lcs = aliases[Int(lhs.alias)].caseSensitive
            let rcs = aliases[Int(rhs.alias)].caseSensitive
            return lcs != rcs ? lcs : lhs.alias < rhs.alias
        }
        var isTerminal = [Bool](repeating: false, count: idCount)
        for end in ends { isTerminal[Int(end.node)] = true }
        // The table entry of an edge into trie node `node`.
        func entry(_ node: Int32) -> Int32 {
            let number = layout.number[Int(node)]
            return number << 1 | (isTerminal[Int(number)] ? 1 : 0)
        }
        var next = [Int32](repeating: 0, count: layout.dense.count * count)
        for (row, node) in layout.dense.enumerated() {
            trie.forEachChild(of: node) { next[row * count + Int(trie.edgeClass[Int($0)])] = entry($0) }
        }
        var edges: [Int64] = []
        edges.reserveCapacity(idCount - layout.dense.count)
        for node in layout.sparse {
            let first = edges.count
            trie.forEachChild(of: node) { edges.append(Int64(entry($0)) << 9 | Int64(trie.edgeClass[Int($0)])) }
            if edges.count == first { edges.append(Int64(Self.deadClass)) }  // a leaf: no byte leads on
            edges[edges.count - 1] |= 1 << 8
        }
        let rootEntry = (0..<256).map { next[Int(byteClass[$0])] }
        self.rootEntry = rootEntry
        self.firstWordEntry = ShortKeyTable(firstWords.map { ($0.key, entry($0.node)) })
        self.denseCount = layout.dense.count
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
        self.lowByteMasks = (0...Self.longestMaskedWord).map { $0 >= 8 ? ~0 : (1 << UInt64($0 * 8)) - 1 }
        self.exactBytes = aliases.map { $0.caseSensitive ? Self.normalised($0.text, fold: false) : [] }
    }
}
