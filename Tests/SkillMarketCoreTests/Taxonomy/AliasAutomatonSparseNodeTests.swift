import Testing

@testable import SkillMarketCore

/// Trie nodes deeper than 2 with fewer than four children keep sparse edges reached straight from the node's
/// number: a node with several children (`kube` → r, c, f), chains, leaves (no edge matches) and aliases that
/// end inside a longer one must all walk as the dense table would.
@Suite("Alias automaton: sparse nodes")
struct AliasAutomatonSparseNodeTests {
    static let automaton = AliasAutomaton(aliases: [
        ("kubernetes", false), ("kubectl", false), ("kubeflow", false), ("kube", false), ("Go", true),
        ("google cloud platform", false), ("google cloud", false),
    ])

    @Test(arguments: [
        ("kubectl and kubeflow on kubernetes", [(1, 0, 7), (2, 12, 20), (0, 24, 34)]),
        ("kubez kube", [(3, 6, 10)]),
        ("kubernetes", [(0, 0, 10)]),
        ("kubernetesx kubernete", []),
        ("KUBECTL, Kube.", [(1, 0, 7), (3, 9, 13)]),
        ("google cloud platforms", [(6, 0, 12)]),
        ("google  cloud\n- platform!", [(5, 0, 24)]),
        ("google\u{00A0}cloud", [(6, 0, 13)]),
        ("Go go GO", [(4, 0, 2)]),
        ("", []),
    ] as [(String, [(Int32, Int32, Int32)])])
    func findsLongestAliasThroughSparseNodes(text: String, expected: [(Int32, Int32, Int32)]) {
        #expect(Self.automaton.hits(in: text) == expected.map { AliasHit(alias: $0.0, start: $0.1, end: $0.2) })
    }
}
