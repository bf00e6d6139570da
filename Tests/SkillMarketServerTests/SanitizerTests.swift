import Foundation
import SkillMarketCore
import Testing

@testable import SkillMarketServer

struct SanitizeCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: String
    var testDescription: String { input }
}

@Suite("Description sanitiser")
struct SanitizerTests {
    let renderer = DescriptionRenderer(matcher: SkillMatcher(taxonomy: Taxonomy(skills: [])))

    @Test(
        "keeps the whitelist, drops everything else",
        arguments: [
            SanitizeCase(input: "<p>Hello <b>world</b></p>", expected: "<p>Hello <b>world</b></p>"),
            SanitizeCase(input: "<P CLASS=x>Up</P>", expected: "<p>Up</p>"),
            SanitizeCase(input: "<ul><li>a<li>b</ul>", expected: "<ul><li>a<li>b</li></li></ul>"),
            SanitizeCase(input: "<h1>Title</h1><h4>Sub</h4>", expected: "<h3>Title</h3><h4>Sub</h4>"),
            SanitizeCase(input: "<div>a</div><div>b</div>", expected: " a  b "),
            SanitizeCase(input: "x<script>alert(1)</script>y", expected: "x y"),
            SanitizeCase(input: "x<SCRIPT src=//evil>alert(1)</ScRiPt >y", expected: "x y"),
            SanitizeCase(input: "<style>body{}</style>z", expected: " z"),
            SanitizeCase(input: "<img src=x onerror=alert(1)>", expected: " "),
            SanitizeCase(input: "<p onclick=\"x()\">t</p>", expected: "<p>t</p>"),
            SanitizeCase(
                input: "<a href=\"https://ex.com/?a=1&amp;b=2\" onclick=x>go</a>",
                expected: "<a href=\"https://ex.com/?a=1&amp;b=2\" rel=\"nofollow noopener\">go</a>"),
            SanitizeCase(input: "<a href=\"javascript:alert(1)\">x</a>", expected: "x"),
            SanitizeCase(input: "<a href=\"java&#115;cript:alert(1)\">x</a>", expected: "x"),
            SanitizeCase(input: "<a href=\" JaVaScRiPt:alert(1)\">x</a>", expected: "x"),
            SanitizeCase(input: "<a href=\"data:text/html,<script>x</script>\">x</a>", expected: "x"),
            SanitizeCase(input: "<a href=/relative>x</a>", expected: "x"),
            SanitizeCase(input: "a <!-- <script>x</script> --> b", expected: "a  b"),
            SanitizeCase(input: "1 < 2 &amp; 3 > 2", expected: "<p>1 &lt; 2 &amp; 3 &gt; 2</p>"),
            SanitizeCase(input: "&lt;script&gt;alert(1)&lt;/script&gt;", expected: "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
            SanitizeCase(input: "</p>stray</b><i>open", expected: "stray<i>open</i>"),
            SanitizeCase(input: "<img src=\"a\"", expected: " "),
            SanitizeCase(input: "Plain text\nsecond line\n\nNew para", expected: "<p>Plain text<br>second line</p><p>New para</p>"),
            // Entities go through Core's one decoder (`HTMLEntities`): known references only, `;` required.
            SanitizeCase(input: "R&amp;D &#x3C;3 &eacute;t&eacute;", expected: "<p>R&amp;D &lt;3 été</p>"),
            SanitizeCase(input: "<p>&#0; &#x110000; &bogus; &#106</p>", expected: "<p>\u{FFFD} \u{FFFD} &amp;bogus; &amp;#106</p>"),
            SanitizeCase(input: "<a href=\"java&#115cript:alert(1)\">x</a>", expected: "x"),
            SanitizeCase(input: "<a href=\"https&colon;//ok.example/\">x</a>", expected: "x"),
            SanitizeCase(
                input: "<a href=\"https://ok.example/?a=1&amp;b=&#50;\">x</a>",
                expected: "<a href=\"https://ok.example/?a=1&amp;b=2\" rel=\"nofollow noopener\">x</a>"),
        ])
    func sanitises(_ c: SanitizeCase) {
        #expect(renderer.render(c.input) == c.expected)
    }

    @Test("skill mentions are marked in sanitised text, across list items too")
    func marksSkills() {
        let renderer = DescriptionRenderer(matcher: SkillMatcher(taxonomy: ServerFixture.taxonomy))
        let html = renderer.render("<ul><li>Python</li><li>SQL &amp; <b>PyTorch</b></li></ul>")
        #expect(html == "<ul><li><mark>Python</mark></li><li><mark>SQL</mark> &amp; <b><mark>PyTorch</mark></b></li></ul>")
        #expect(renderer.render("We use Python daily.") == "<p>We use <mark>Python</mark> daily.</p>")
    }

    @Test("SHA-256 matches the FIPS 180-4 examples")
    func sha256Vectors() {
        func hex(_ text: String) -> String { SHA256.digest(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(String(repeating: "a", count: 1000)).count == 64)
    }
}
