import Testing

@testable import SkillMarketCore

/// The trie the automaton is compiled from: siblings in class order whatever the insertion order, dense rows
/// (depth <= 2 or four children or more) breadth-first, the other nodes depth-first, numbered by edge.
@Suite("Alias trie layout")
struct AliasTrieTests {
    /// Keys as class sequences: node numbers follow insertion (B 1, C 2, A 3, D 4, F 5, E 6, G 7).
    ///
    ///     root ─2→ A
    ///          ─3→ B ─1→ C
    ///                ─2→ D ─4→ E ─6→ G
    ///                      ─5→ F
    static func makeTrie() -> AliasTrie {
        var trie = AliasTrie()
        for key: [UInt8] in [[3, 1], [2], [3, 2, 5], [3, 2, 4, 6]] {
            var node: Int32 = 0
            for edge in key { node = trie.child(of: node, by: edge) }
        }
        return trie
    }

    @Test("a known edge leads to the same node; children come in class order")
    func childrenInClassOrder() {
        var trie = Self.makeTrie()
        #expect(trie.nodeCount == 8)
        #expect(trie.child(of: 0, by: 3) == 1)
        #expect(trie.nodeCount == 8)
        var children: [Int32] = []
        trie.forEachChild(of: 0) { children.append($0) }
        #expect(children == [3, 1])
        children = []
        trie.forEachChild(of: 4) { children.append($0) }
        #expect(children == [6, 5])
    }

    @Test("dense rows breadth-first, sparse nodes depth-first, numbered by their first edge")
    func layout() {
        let layout = Self.makeTrie().layout()
        #expect(layout.dense == [0, 3, 1, 2, 4])
        #expect(layout.sparse == [6, 7, 5])
        // E (one edge) is 5, G (a leaf: one edge) 6, F 7.
        #expect(layout.number == [0, 2, 3, 1, 4, 7, 5, 6])
        #expect(layout.numberCount == 8)
    }
}
