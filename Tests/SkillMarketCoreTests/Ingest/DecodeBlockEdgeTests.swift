import Testing

@testable import SkillMarketCore

/// The sixteen-byte loops of the decode path against plain reference loops, with the interesting
/// bytes placed at every offset around the block edges: JSON strings holding escapes, HTML tag
/// names, and the ASCII flag the made `String`s carry (never set for text that is not ASCII).
@Suite("Decode block edges", .tags(.ingest))
struct DecodeBlockEdgeTests {
    /// Pieces of JSON string content and the bytes each decodes to.
    static let pieces: [(json: String, text: String)] = [
        ("a", "a"), (#"\n"#, "\n"), ("é", "é"), (#"\""#, "\""), (#"\u00e9"#, "é"), ("€", "€"),
        (#"\\"#, "\\"), ("\t", "\t"), ("😀", "😀"), (#"\uD83D\uDE00"#, "😀"), (#"\/"#, "/"), ("bcdefgh", "bcdefgh"),
    ]

    /// A deterministic mix of `count` pieces (a linear congruential sequence from `seed`).
    static func mix(_ count: Int, seed: Int) -> (json: String, text: String) {
        var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        var json = ""
        var text = ""
        for _ in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let piece = pieces[Int(state >> 33) % pieces.count]
            json += piece.json
            text += piece.text
        }
        return (json, text)
    }

    @Test("strings with escapes decode as the pieces say, after every prefix length", arguments: 0...70)
    func escapedStrings(prefix: Int) throws {
        let lead = String(repeating: "x", count: prefix)
        for seed in 0..<12 {
            for count in [1, 3, 9, 25] {
                let (json, text) = Self.mix(count, seed: seed &* 31 &+ count)
                for escapeFirst in [#"\n"#, ""] {
                    let source = "\"" + lead + escapeFirst + json + "\""
                    let parsed = JSONParser.parse(Array(source.utf8))
                    let expected = lead + (escapeFirst.isEmpty ? "" : "\n") + text
                    guard case .success(.string(let value)) = parsed else {
                        Issue.record("\(source): \(parsed)")
                        continue
                    }
                    #expect(Array(value.utf8) == Array(expected.utf8), "\(source)")
                    #expect(!value.utf8Span.isKnownASCII || value.utf8.allSatisfy { $0 < 0x80 }, "\(source)")
                }
            }
        }
    }

    @Test("an escaped string cut off or broken is an error at every length", arguments: 0...40)
    func brokenEscapedStrings(prefix: Int) {
        let lead = String(repeating: "x", count: prefix) + #"\n"#
        let cases: [(String, String, Int)] = [
            ("\"" + lead + "abc", "unterminated string", 1),
            ("\"" + lead + "a\nb\"", "unterminated string", 1),
            ("\"" + lead + #"\"#, "unterminated string", 1),
            ("\"" + lead + #"\q""#, "invalid escape '\\q'", prefix + 4),
            ("\"" + lead + #"\u12""#, "truncated \\u escape", prefix + 4),
            // After a one-letter escape decoded inside the block loop.
            ("\"" + lead + #"\t\q""#, "invalid escape '\\q'", prefix + 6),
            ("\"" + lead + #"\t"# + "\n\"", "unterminated string", 1),
            ("\"" + lead + #"\t\"#, "unterminated string", 1),
        ]
        for (source, reason, column) in cases {
            #expect(
                JSONParser.parse(Array(source.utf8)) == .failure(JSONParseError(reason: reason, line: 1, column: column)),
                "\(source)")
        }
    }

    /// (tag, the text "aaa<tag>b" gives after the prefix).
    static let tags: [(tag: String, text: String)] = [
        ("<p>", "\n\nb"), ("<P>", "\n\nb"), ("</p>", "\n\nb"), ("<li>", "\n- b"), ("<LI class=\"x\">", "\n- b"),
        ("</li>", "\nb"), ("<br/>", "\nb"), ("<br>", "\nb"), ("<td>", " b"), ("<h3>", "\n\nb"), ("<H3 id=a>", "\n\nb"),
        ("<span>", "b"), ("<section>", "\nb"), ("<NoScript>x</noscript>", "b"), ("<abcdefghijklmnopqrstu>", "b"),
        ("<script>x<p>y</script>", "b"), ("<STYLE>p{}</style >", "b"), ("<h7>", "b"), ("<p1>", "b"), ("<!-- c -->", "b"),
    ]

    @Test("tag names are read the same at every offset and at the end of the text", arguments: 0...40)
    func tagNames(prefix: Int) {
        let lead = String(repeating: "a", count: prefix + 1)
        // With the suffix sixteen bytes follow the name (read at once); without, it is read byte by byte.
        for suffix in ["", String(repeating: "c", count: 20)] {
            for (tag, text) in Self.tags {
                #expect(HTMLText.plainText(from: lead + tag + "b" + suffix) == lead + text + suffix, "\(tag) after \(prefix)")
                #expect(
                    HTMLText.plainText(from: lead + tag + "é" + suffix) == lead + text.dropLast() + "é" + suffix,
                    "\(tag) before é after \(prefix)")
            }
        }
        for (tag, _) in Self.tags {
            #expect(HTMLText.plainText(from: lead + tag) == lead, "\(tag) at the end after \(prefix)")
        }
    }

    @Test("converted text is well-formed and flagged ASCII only when it is", arguments: 0...40)
    func convertedText(prefix: Int) {
        let lead = String(repeating: "a", count: prefix)
        for body in ["<p>é</p>x", "<b>x</b>&eacute;", "€<br>€", "x&amp;y", "x &euro; y", "<i>😀</i>", "<p>plain</p>", "a&nbsp;b"] {
            for html in [lead + body, body + lead, lead + body + lead] {
                let text = HTMLText.plainText(from: html)
                #expect(String(validating: Array(text.utf8), as: UTF8.self) == text, "\(html)")
                #expect(!text.utf8Span.isKnownASCII || text.utf8.allSatisfy { $0 < 0x80 }, "\(html)")
            }
        }
    }
}
