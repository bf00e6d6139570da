import SkillMarketCore
import Testing

struct HTMLCase: Sendable, CustomTestStringConvertible {
    let html: String
    let text: String
    var testDescription: String { html.debugDescription }
}

@Suite("HTML to plain text", .tags(.ingest))
struct HTMLTextTests {
    @Test(arguments: [
        HTMLCase(html: "plain text,\n  spacing kept", text: "plain text,\n  spacing kept"),
        HTMLCase(html: "R&D and Q&A, salary < 30k", text: "R&D and Q&A, salary < 30k"),
        HTMLCase(html: "Fish &amp; Chips &#39;n&#x2F;a&#39; &mdash; ok", text: "Fish & Chips 'n/a' — ok"),
        HTMLCase(
            html: "<p>Python &amp; SQL</p><ul><li>AWS</li><li>GCP</li></ul>", text: "Python & SQL\n\n- AWS\n- GCP"),
        HTMLCase(
            html:
                "Co | Role<p><a href=\"https:&#x2F;&#x2F;x.com\" rel=\"nofollow\">https:&#x2F;&#x2F;x.com</a><p>We&#x27;re hiring",
            text: "Co | Role\n\nhttps://x.com\n\nWe're hiring"),
        HTMLCase(html: "a<br>b<br/>c", text: "a\nb\nc"),
        HTMLCase(html: "<div>  lots \n\t of   space&nbsp;&nbsp;here </div>", text: "lots of space here"),
        HTMLCase(html: "x<script>if (a < b) { document.write('<p>') }</script>y", text: "xy"),
        HTMLCase(html: "<style>p { color: red }</style><noscript>enable js</noscript>Text", text: "Text"),
        HTMLCase(html: "before<!-- <p>hidden</p> -->after", text: "beforeafter"),
        HTMLCase(
            html: "<h2>Title</h2>Body &hellip; &rsquo;s &ndash; &lt;tag&gt; &quot;q&quot;",
            text: "Title\n\nBody … ’s – <tag> \"q\""),
        HTMLCase(html: "<b>bold</b> and <i>italic</i>", text: "bold and italic"),
        HTMLCase(html: "<td>a</td><td>b</td>", text: "a b"),
        HTMLCase(html: "<p>unknown &bogus; and &#0; stay</p>", text: "unknown &bogus; and \u{FFFD} stay"),
        HTMLCase(html: "<a title='x > y'>link</a>", text: "link"),
        HTMLCase(html: "<P>Upper</P><BR>case", text: "Upper\n\ncase"),
        HTMLCase(html: "<ul><li>first</li></ul>", text: "- first"),
        HTMLCase(html: "<p>co&shy;op &#x1F600; a&nbsp;b&amp;</p>", text: "coop \u{1F600} a b&"),
        HTMLCase(html: "co&shy;op at R&D &euro;5", text: "coop at R&D \u{20AC}5"),
        HTMLCase(html: "links?a=1&b=2 only", text: "links?a=1&b=2 only"),
        HTMLCase(html: "a<BlockQuote>b</blockquote>c", text: "a\nb\nc"),  // a tag name longer than eight bytes
        HTMLCase(html: "a<blockquotes>b<figcaption>c", text: "abc"),  // long names not in the table
        // Each tag's effect (break, space, bullet) against what is pending.
        HTMLCase(html: "a<td>b<br>c", text: "a b\nc"),
        HTMLCase(html: "a<br><td>b", text: "a\nb"),  // a pending break outweighs a space
        HTMLCase(html: "a<br>  <TD> b", text: "a\nb"),
        HTMLCase(html: "<p>x</p><li>y</li><li>z", text: "x\n\n- y\n- z"),  // two breaks kept before a bullet
        HTMLCase(html: "x<TD>y<Th>z", text: "x y z"),
        HTMLCase(html: "a <b>b</b> <em>c</em>", text: "a b c"),  // unknown tags keep a pending space
        HTMLCase(html: "a</script>b</style>c", text: "abc"),  // a closing raw tag alone does nothing
        HTMLCase(html: "<p>a\u{A0}b \u{A9}c\u{1}d&amp</p>", text: "a b \u{A9}c\u{1}d&amp"),
    ])
    func convertsHTML(_ c: HTMLCase) {
        #expect(HTMLText.plainText(from: c.html) == c.text)
    }
}
