import SkillMarketCore
import Testing

/// Runs of text inside HTML are scanned 16 bytes at a time: every way a run can end (or seem to
/// end) is placed at each offset of the first blocks.
@Suite("HTML text runs", .tags(.ingest))
struct HTMLTextRunTests {
    /// (text inside `<p>…</p>`, plain text), both after a prefix of 0…70 letters.
    static let cases: [(html: String, text: String)] = [
        ("a  b", "a b"),
        ("a \nb", "a b"),
        ("a\tb c", "a b c"),
        ("a\u{C}b", "a b"),
        ("a\u{B}b \u{1}c", "a\u{B}b \u{1}c"),
        ("a\u{0}b", "a\u{0}b"),
        ("a ©b ! c", "a ©b ! c"),
        ("a \u{A0}b", "a b"),
        ("a\u{A0}b", "a b"),
        ("ab <b>c</b> d", "ab c d"),
        ("ab &amp; c", "ab & c"),
        ("ab&amp;c", "ab&c"),
        ("a < b", "a < b"),
        ("word ", "word"),
        ("word\u{1}", "word\u{1}"),
        ("1234567 1234567 1234567", "1234567 1234567 1234567"),
        ("123456789012345 123456789012345  x", "123456789012345 123456789012345 x"),
        ("a               b", "a b"),
    ]

    @Test(arguments: 0...70)
    func runsEndWhereTheByteRulesSay(offset: Int) {
        let prefix = String(repeating: "x", count: offset)
        for (html, text) in Self.cases {
            #expect(HTMLText.plainText(from: "<p>" + prefix + html + "</p>") == prefix + text, "\(html.debugDescription)")
            #expect(HTMLText.plainText(from: "<p>" + prefix + html) == prefix + text, "\(html.debugDescription) at the end")
        }
    }
}
