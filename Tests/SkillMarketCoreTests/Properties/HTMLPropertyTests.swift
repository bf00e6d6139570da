import PropertyBased
import SkillMarketCore
import Testing

@Suite("HTML-to-text properties", .tags(.ingest))
struct HTMLPropertyTests {
    static let words = ["python", "sql", "data", "team", "remote", "k8s"]
    static let markup = [
        "<p>", "</p>", "<br>", "<br/>", "<li>", "</li>", "<ul>", "</ul>", "<div class=\"a>b\">", "</div>", "<b>", "</b>",
        "<h2>", "</h2>", "<td>", "<hr>", " ", "\n", "&amp;", "&lt;", "&nbsp;", "&#169;", "&bogus;", "<!-- c -->",
        "<script>SECRET()</script>", "<SCRIPT type=\"x\">SECRET</SCRIPT>", "<style>p{SECRET}</style>",
        "<noscript>SECRET</noscript>", "<template>SECRET</template>", "<script>if (a<b) SECRET</script>",
    ]

    @Test("script and style bodies never come through; text words all do; length stays bounded")
    func wellFormedPages() async {
        await propertyCheck(count: 400, input: Recipe.bytes(upTo: 80)) { bytes in
            var recipe = Recipe(bytes)
            var used: [String] = []
            let html = (0..<recipe.below(30)).map { _ in
                if recipe.below(2) == 0 {
                    let word = recipe.pick(Self.words)
                    used.append(word)
                    return word
                }
                return recipe.pick(Self.markup)
            }.joined()
            let text = HTMLText.plainText(from: html)
            #expect(!text.contains("SECRET"), "\(html)")
            #expect(!text.lowercased().contains("<script"), "\(html)")
            #expect(used.allSatisfy { text.contains($0) }, "\(html) → \(text)")
            #expect(text.utf8.count <= 3 * html.utf8.count + 3)
        }
    }

    @Test("arbitrary text never crashes and never grows more than threefold")
    func arbitraryText() async {
        await propertyCheck(count: 300, input: Recipe.bytes(upTo: 300)) { bytes in
            let html = String(decoding: bytes, as: UTF8.self)
            #expect(HTMLText.plainText(from: html).utf8.count <= 3 * html.utf8.count + 3)
        }
    }
}
