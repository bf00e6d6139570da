/// The trie walk of ``AliasAutomaton`` from one start, and the letter-case rule of the aliases it reaches.
extension AliasAutomaton {
    /// The longest alias starting at token start `i` that ends on a token boundary and fits its case rule,
    /// resuming at `entry`, the trie node reached through `text[i..<j]` (inside which no alias can end on a
    /// token boundary).
    func walk(_ text: UnsafeBufferPointer<UInt8>, from i: Int, entry: Int32, at j: Int, tables: Tables) -> AliasHit? {
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
