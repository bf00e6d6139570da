import SkillMarketCore
import Testing

/// Plain lower-case tags are matched whole from one 8-byte load; every other spelling of the same
/// tag (capitals, an attribute, a space before `>`) goes through the general tag reader. Both must
/// convert alike, wherever the tag sits relative to the end of the input.
@Suite("HTML short tags", .tags(.ingest))
struct HTMLShortTagTests {
    static let names = [
        "li", "p", "ul", "ol", "h1", "h3", "h6", "br", "hr", "div", "span", "strong", "b", "em", "i", "a",
        "td", "th", "tr", "table", "tbody", "section", "code", "small", "pre", "nav", "dd", "x", "q1",
    ]

    /// (fast spelling, general spelling) pairs of the same opening or closing tag.
    static func spellings(of name: String) -> [(String, String)] {
        [
            ("<\(name)>", "<\(name.uppercased())>"),
            ("</\(name)>", "</\(name.uppercased())>"),
            ("<\(name)>", "<\(name) class=\"k\">"),
            ("</\(name)>", "</\(name) >"),
            ("<\(name)/>", "<\(name.uppercased())/>"),
            ("<\(name) />", "<\(name.uppercased()) />"),
        ]
    }

    @Test(arguments: names)
    func plainTagsConvertLikeTheirOtherSpellings(name: String) {
        let contexts = [
            ("", ""), ("a", "b"), ("a ", " b"), ("<li>x", "y</li>"), ("<p>x</p>", "<ul><li>y</li></ul>"),
            ("x", ""), ("x", "1234567"), ("x", "12345678"), ("x", "é"), ("", "&amp;z"),
        ]
        for (fast, general) in Self.spellings(of: name) {
            for (before, after) in contexts {
                #expect(
                    HTMLText.plainText(from: before + fast + after) == HTMLText.plainText(from: before + general + after),
                    "\((before + fast + after).debugDescription)")
            }
        }
    }

    @Test(arguments: [
        ("a<>b", "a<>b"),
        ("a<\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}b", "a<\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}\u{0}b"),
        ("a<li", "a"),
        ("<p>a<li", "a"),
        ("a<p>>b", "a\n\n>b"),
        ("a<li>b</li><li>c</li>", "a\n- b\n- c"),
        ("a<strong>b</strong>c", "abc"),
        ("<p>a<br />b<br/>c</p>", "a\nb\nc"),
        ("a<lix>b", "ab"),
        ("a<p1>b", "ab"),
        ("a</p/>b", "a\n\nb"),
    ])
    func oddTagsConvertAsBefore(html: String, text: String) {
        #expect(HTMLText.plainText(from: html) == text)
    }
}
