import SkillMarketCore
import Testing

/// Aliases that start with punctuation (".net") are tried at every such byte of a text; the scan rules
/// most of those tries out before walking the trie, which must not lose a hit.
@Suite("Skill matcher: aliases starting with punctuation")
struct SkillMatcherPunctuationTests {
    static let matcher: SkillMatcher? = try? SkillMatcher(
        taxonomy: Taxonomy(
            tsv: "skill\tfamily\taliases\nDotNet\tF\t.net; .net core\nDotX\tF\t.-x\nPython\tF\tpython"))

    @Test(arguments: [
        ("We use .NET.", [".net"]),
        ("Ends here. Next .net core", [".net core"]),
        ("Period. x", [".-x"]),
        ("Period.\u{00A0}x", [".-x"]),
        ("a.net", [".net"]),
        ("..net", [".net"]),
        ("Python. .Net", ["python", ".net"]),
        ("end.", []),
        (".", []),
        ("x .", []),
    ])
    func findsPunctuationAliases(_ text: String, _ aliases: [String]) throws {
        let matcher = try #require(Self.matcher)
        #expect(matcher.matches(in: text).map(\.alias) == aliases)
    }
}
