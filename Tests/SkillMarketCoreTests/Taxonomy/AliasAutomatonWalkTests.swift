import Testing

@testable import SkillMarketCore

/// The walk tests the token boundary at a terminal node in one step and skips a run of spaces only when the
/// trie goes on after it: aliases ending at the text's end, before spaces, hyphens, newlines and no-break
/// spaces (alone, in runs, cut at the end), inside and after multi-word aliases, and case-sensitive ones, at
/// every offset from 0 to 70 bytes (across the 64-byte block edge), must hit as a plain matcher does.
@Suite("Alias automaton: walk ends")
struct AliasAutomatonWalkTests {
    static let aliases: [(text: String, caseSensitive: Bool)] = [
        ("python", false), ("machine learning", false), ("machine learning ops", false), ("c++", false),
        ("Go", true), ("go lang", false), ("sql", false), ("microsoft sql server", false), ("node.js", false),
        ("a/b testing", false),
    ]

    @Test(arguments: [
        "python", "python ", "python  ", "python -", "python\n", "python\u{A0}", "python\u{A0}x", "python\u{A0} sql",
        "pythonx", "python_", "python.", "machine", "machine ", "machine learning", "machine  \n- learning",
        "machine\u{A0}learning ops", "machine learning op", "machine learning ops!", "machine \u{A0}", "c++",
        "c++ python", "c+", "Go", "go", "GO lang", "Go\u{A0}", "go  LANG", "sql server", "microsoft sql serve",
        "Microsoft SQL Server.", "node.js", "node.", "node", "a/b testing", "A/B  testing", "a/b test",
    ])
    func hitsAsAPlainMatcherAtEveryOffset(tail: String) {
        let automaton = AliasAutomaton(aliases: Self.aliases)
        let reference = PlainAliasMatcher(aliases: Self.aliases)
        var mismatches: [String] = []
        for offset in 0...70 {
            for lead in [String(repeating: " ", count: offset), String(repeating: "w", count: offset) + " "] {
                let text = Array((lead + tail).utf8)
                if automaton.hits(inBytes: text) != reference.hits(in: text) {
                    mismatches.append(String(decoding: text, as: UTF8.self))
                }
                let cut = Array(text.dropLast())  // ends inside the tail (or a no-break space)
                if automaton.hits(inBytes: cut) != reference.hits(in: cut) {
                    mismatches.append(String(decoding: cut, as: UTF8.self))
                }
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(3))")
    }

    /// A word that runs through a whole 64-byte block after the one it starts in is too long for the masks to
    /// measure, and is visited whatever its first eight bytes: words of 63-200 bytes (some of them aliases) at
    /// every offset of a block, after a space, `.` or nothing, followed by a space and an alias or by nothing.
    @Test(arguments: [63, 64, 65, 127, 128, 129, 140, 200])
    func measuresWordsLongerThanABlock(length: Int) {
        let aliases = Self.aliases + [
            (String(repeating: "w", count: 128), false), (String(repeating: "w", count: 140) + " x", false),
            ("." + String(repeating: "w", count: 129), false),
        ]
        let automaton = AliasAutomaton(aliases: aliases)
        let reference = PlainAliasMatcher(aliases: aliases)
        var mismatches: [String] = []
        for offset in 0...64 {
            for before in ["", " ", "."] {
                for after in ["", " python", " x", "x"] {
                    let text = Array(
                        (String(repeating: " ", count: offset) + before + String(repeating: "W", count: length) + after).utf8)
                    if automaton.hits(inBytes: text) != reference.hits(in: text) {
                        mismatches.append(String(decoding: text, as: UTF8.self))
                    }
                }
            }
        }
        #expect(mismatches.isEmpty, "first mismatches: \(mismatches.prefix(3))")
    }
}
