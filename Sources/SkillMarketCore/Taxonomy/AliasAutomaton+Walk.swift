/// The trie walk of ``AliasAutomaton`` from one start, and the letter-case rule of the aliases it reaches.
extension AliasAutomaton {
    /// The longest alias starting at token start `i` that ends on a token boundary and fits its case rule,
    /// resuming at `entry`, the trie node reached through `text[i..<j]` (inside which no alias can end on a
    /// token boundary).
    ///
    /// A step reads the tables through ``Tables`` (no array bounds or overflow checks) and tests the token
    /// boundary at a terminal node without a branch per case; a run of spaces is skipped only when the trie goes on after it (a
    /// walk after a one-word alias stops at the space).
    func walk(_ text: UnsafeBufferPointer<UInt8>, from i: Int, entry: Int32, at j: Int, tables: Tables) -> AliasHit? {
        let n = text.count
        let words = tables.words, classes = tables.classes
        var entry = entry
        var best: AliasHit?
        var j = j
        while entry != 0 {
            let node = Int(truncatingIfNeeded: entry &>> 1)
            if entry & 1 != 0, Self.endsToken(text, at: j, words: words),
                let alias = acceptedAlias(at: node, text: text, start: i, end: j, tables: tables)
            {
                best = AliasHit(alias: alias, start: Int32(i), end: Int32(j))
            }
            guard j < n else { break }
            let byte = text[j]
            var cls = classes[Int(byte)]
            if byte == 0xC2, j &+ 1 < n, text[j &+ 1] == 0xA0 {  // U+00A0 no-break space
                cls = Self.spaceClass
                j &+= 1
            }
            entry = node < denseCount ? tables.table[node &* classCount &+ Int(cls)]
                : Self.sparseEntry(tables.edges, from: node &- denseCount, cls)
            j &+= 1
            if entry != 0, cls == Self.spaceClass {  // a run of spaces/hyphens/newlines is one space
                j = Self.spaceRunEnd(text, from: j, classes: classes)
            }
        }
        return best
    }

    /// Whether a token ends before `text[j]` (`j` >= 1): no word byte before it, or none at it or the text ends
    /// there. One test, no branch per case.
    @inline(__always)
    private static func endsToken(_ text: UnsafeBufferPointer<UInt8>, at j: Int, words: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = text.count
        let before = UInt32(words[Int(text[j &- 1])])
        let after = UInt32(words[Int(text[min(j, n &- 1)])]) & (j < n ? 0xFF : 0)
        return before &* after == 0
    }

    /// Where the run of spaces, hyphens, newlines and no-break spaces from `j` ends.
    @inline(__always)
    static func spaceRunEnd(_ text: UnsafeBufferPointer<UInt8>, from j: Int, classes: UnsafeBufferPointer<UInt8>) -> Int {
        let n = text.count
        var j = j
        while j < n {
            if classes[Int(text[j])] == spaceClass {
                j &+= 1
            } else if text[j] == 0xC2, j &+ 1 < n, text[j &+ 1] == 0xA0 {
                j &+= 2
            } else {
                break
            }
        }
        return j
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
    private func acceptedAlias(at node: Int, text: UnsafeBufferPointer<UInt8>, start: Int, end: Int, tables: Tables)
        -> Int32?
    {
        for k in Int(tables.terminalStart[node])..<Int(tables.terminalStart[node &+ 1]) {
            let alias = tables.terminalAliases[k]
            let exact = tables.exactBytes[Int(alias)]
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
