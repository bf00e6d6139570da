import Testing

@testable import SkillMarketCore

/// A word that passes the first-word filter is looked up whole (up to 16 bytes, case-folded) and the walk
/// resumes at the trie node after it; longer words walk from the root. Hits must be those of a plain walk:
/// first words of 1, 3, 9, 10, 12 and 17+ bytes, aliases at the text's start and end, next to punctuation,
/// case-sensitive aliases sharing a first word with others, multi-word aliases across 8- and 64-byte
/// boundaries, `_` inside a word and non-ASCII bytes after a first word. A first word that is no alias by
/// itself walks only when the text goes on as some alias does (the continuation filter).
@Suite("Alias automaton: first-word lookup")
struct AliasAutomatonFirstWordTests {
    static let automaton = AliasAutomaton(aliases: [
        ("kubernetes", false), ("microsoft sql server", false), ("abcdefghijklmnopq", false),
        ("abcdefghijklmnopq rs", false), ("Go", true), ("go lang", false), ("c++", false), ("c", false),
        ("caf\u{E9}", false), ("scikit_learn", false),
    ])

    @Test(arguments: [
        ("kubernetes", [(0, 0, 10)]),
        ("(Kubernetes).", [(0, 1, 11)]),
        ("kubernetesx kubernete", []),
        ("a.kubernetes", [(0, 2, 12)]),
        ("Microsoft SQL Server", [(1, 0, 20)]),
        ("microsoft  sql\nserver!", [(1, 0, 21)]),
        ("microsoft\u{00A0}sql server", [(1, 0, 21)]),
        ("microsoft sql", []),
        ("abcdefghijklmnopq", [(2, 0, 17)]),
        ("ABCDEFGHIJKLMNOPQ rs", [(3, 0, 20)]),
        ("abcdefghijklmnopqr", []),
        ("Go go GO", [(4, 0, 2)]),
        ("Go lang", [(5, 0, 7)]),
        ("go  Lang", [(5, 0, 8)]),
        ("c++, c", [(6, 0, 3), (7, 5, 6)]),
        ("Caf\u{E9} au lait", [(8, 0, 5)]),
        ("cafe xcaf\u{E9}", []),
        ("scikit_learn", [(9, 0, 12)]),
        ("scikit learn", []),
        (String(repeating: "x ", count: 30) + "microsoft sql server", [(1, 60, 80)]),
        ("", []),
    ] as [(String, [(Int32, Int32, Int32)])])
    func findsWhatAPlainWalkFinds(text: String, expected: [(Int32, Int32, Int32)]) {
        #expect(Self.automaton.hits(in: text) == expected.map { AliasHit(alias: $0.0, start: $0.1, end: $0.2) })
    }

    static let continuing = AliasAutomaton(aliases: [
        ("a/b testing", false), ("on call", false), ("computer vision", false), ("c++", false), ("x\u{A9}y", false),
    ])

    @Test(arguments: [
        ("A/B testing and a b testing", [(0, 0, 11)]),
        ("On-call, on - call, on\u{00A0}call", [(1, 0, 7), (1, 9, 18), (1, 20, 28)]),
        ("Computer  Vision, computer science, computer", [(2, 0, 16)]),
        ("c++ c+ c", [(3, 0, 3)]),
        ("x\u{A9}y x\u{A0}y", [(4, 0, 4)]),
        ("a", []),
        ("on ", []),
    ] as [(String, [(Int32, Int32, Int32)])])
    func walksWhenTheTextContinuesAsAnAlias(text: String, expected: [(Int32, Int32, Int32)]) {
        var text = text
        let hits = text.withUTF8 { bytes in
            [AliasHit](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                count = Self.continuing.scan(bytes, into: buffer) ?? 0
            }
        }
        #expect(hits == expected.map { AliasHit(alias: $0.0, start: $0.1, end: $0.2) })
    }
}
