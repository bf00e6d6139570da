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
/// two array reads. ``scan(_:into:)`` walks the trie from every token start and keeps the longest alias
/// that ends on a token boundary (leftmost-longest, non-overlapping): one pass, no lower-casing, no regex.
/// Memory is `nodes × classes × 4` bytes (about 14 MB for 10,000 aliases of ~12 bytes).
struct AliasAutomaton: Sendable {
    static let deadClass: UInt8 = 0
    static let spaceClass: UInt8 = 1

    /// Class of every byte value (256 entries).
    private let byteClass: [UInt8]
    /// 1 for ASCII letters, digits and `_`: bytes that glue a token together.
    let wordByte: [UInt8]
    private let classCount: Int
    /// `next[node * classCount + class]` is the child node, 0 for none (the root is never a child).
    private let next: [Int32]
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
            wordByte[value] = Self.isWord(byte) ? 1 : 0
        }
        var next = [Int32](repeating: 0, count: count)
        var nodeCount = 1
        var ends: [(node: Int32, alias: Int32)] = []
        for (index, key) in keys.enumerated() where !key.isEmpty {
            var node = 0
            for byte in key {
                let slot = node * count + Int(byteClass[Int(byte)])
                if next[slot] == 0 {
                    next[slot] = Int32(nodeCount)
                    next.append(contentsOf: repeatElement(0, count: count))
                    nodeCount += 1
                }
                node = Int(next[slot])
            }
            ends.append((Int32(node), Int32(index)))
        }
        ends.sort { lhs, rhs in
            if lhs.node != rhs.node { return lhs.node < rhs.node }
            let lcs = aliases[Int(lhs.alias)].caseSensitive, rcs = aliases[Int(rhs.alias)].caseSensitive
            return lcs != rcs ? lcs : lhs.alias < rhs.alias
        }
        var terminalStart = [Int32](repeating: 0, count: nodeCount + 1)
        for end in ends { terminalStart[Int(end.node) + 1] += 1 }
        for node in 0..<nodeCount { terminalStart[node + 1] += terminalStart[node] }
        self.byteClass = byteClass
        self.wordByte = wordByte
        self.classCount = count
        self.next = next
        self.terminalStart = terminalStart
        self.terminalAliases = ends.map(\.alias)
        self.exactBytes = aliases.map { $0.caseSensitive ? Self.normalised($0.text, fold: false) : [] }
    }

    /// Appends every alias hit in `text` to `hits`, in text order.
    func scan(_ text: UnsafeBufferPointer<UInt8>, into hits: inout [AliasHit]) {
        byteClass.withUnsafeBufferPointer { classes in
            wordByte.withUnsafeBufferPointer { words in
                next.withUnsafeBufferPointer { table in
                    scan(text, classes: classes, words: words, table: table, into: &hits)
                }
            }
        }
    }

    private func scan(
        _ text: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<UInt8>,
        table: UnsafeBufferPointer<Int32>, into hits: inout [AliasHit]
    ) {
        let n = text.count
        let width = classCount
        var i = 0
        var previousIsWord: UInt8 = 0
        while i < n {
            let byte = text[i]
            let isWord = words[Int(byte)]
            if previousIsWord & isWord != 0 {  // inside a token: no alias starts here
                i += 1
                continue
            }
            previousIsWord = isWord
            var node = Int(table[Int(classes[Int(byte)])])
            if node == 0 {
                i += 1
                continue
            }
            var j = i + 1
            var bestAlias: Int32 = -1
            var bestEnd = 0
            var lastWasSpace = classes[Int(byte)] == Self.spaceClass
            while true {
                if lastWasSpace == false, terminalStart[node] != terminalStart[node + 1],
                    words[Int(text[j - 1])] == 0 || j == n || words[Int(text[j])] == 0,
                    let alias = acceptedAlias(at: node, text: text, start: i, end: j)
                {
                    bestAlias = alias
                    bestEnd = j
                }
                guard j < n else { break }
                var step = 1
                var cls = classes[Int(text[j])]
                if text[j] == 0xC2, j + 1 < n, text[j + 1] == 0xA0 {  // U+00A0 no-break space
                    cls = Self.spaceClass
                    step = 2
                }
                if cls == Self.spaceClass {
                    if lastWasSpace {
                        j += step
                        continue
                    }
                    lastWasSpace = true
                } else {
                    lastWasSpace = false
                }
                let child = Int(table[node &* width &+ Int(cls)])
                if child == 0 { break }
                node = child
                j += step
            }
            if bestAlias >= 0 {
                hits.append(AliasHit(alias: bestAlias, start: Int32(i), end: Int32(bestEnd)))
                i = bestEnd
                previousIsWord = words[Int(text[bestEnd - 1])]
            } else {
                i += 1
            }
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

    private static func matchesExactly(_ exact: [UInt8], text: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
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

    /// Alias bytes with whitespace/hyphen runs collapsed to one 0x20, trimmed, ASCII-lower-cased if `fold`.
    static func normalised(_ text: String, fold: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        var pendingSpace = false
        for byte in text.utf8 {
            if isSpaceLike(byte) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20) }
            pendingSpace = false
            out.append(fold ? folded(byte) : byte)
        }
        return out
    }

    static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    static func isSpaceLike(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x2D || (byte >= 0x09 && byte <= 0x0D)
    }

    static func isWord(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x5F
    }
}
