import SkillMarketCore
import Testing

/// The scan finds word ends several bytes at a time and skips the byte after a word no alias starts with;
/// hits must not depend on where a word falls against those steps (words of 7, 8, 9 and more bytes, words at
/// the end of the text, `_` inside words, non-ASCII and NBSP around them).
@Suite("Skill matcher: word boundaries")
struct SkillMatcherWordBoundaryTests {
    static let matcher: SkillMatcher? = try? SkillMatcher(
        taxonomy: Taxonomy(
            tsv: """
                skill\tfamily\taliases
                Kubernetes\tF\tkubernetes; k8s
                ML\tF\tmachine learning
                DotNet\tF\t.net
                Cpp\tF\tc++
                Go\tF\t=Go
                DS\tF\tdata science
                Scikit\tF\tscikit_learn
                Eight\tF\tabcdefgh
                NinePlus\tF\tabcdefghi jk
                """))

    @Test(arguments: [
        ("Kubernetes", ["kubernetes"]),
        ("kubernetes", ["kubernetes"]),
        ("kubernete", []),
        ("xkubernetes kubernetesx", []),
        ("_kubernetes kubernetes_", []),
        ("averyveryverylongword kubernetes", ["kubernetes"]),
        ("12345678 kubernetes 123456789", ["kubernetes"]),
        ("k8s,kubernetes;K8S", ["k8s", "kubernetes", "k8s"]),
        ("\u{E9} kubernetes", ["kubernetes"]),
        ("kubernetes\u{E9}", ["kubernetes"]),
        ("x\u{2014}kubernetes\u{2014}x", ["kubernetes"]),
        ("Machine  learning", ["machine learning"]),
        ("Machine\u{00A0}learning", ["machine learning"]),
        ("machine-\nlearning", ["machine learning"]),
        ("machine learnin", []),
        ("Data\nScience", ["data science"]),
        ("go Go GO", ["Go"]),
        ("c++ and .NET", ["c++", ".net"]),
        ("scikit_learn Scikit_Learn", ["scikit_learn", "scikit_learn"]),
        ("abcdefg", []),
        ("abcdefgh abcdefghi abcdefghi jk abcdefghi  JK", ["abcdefgh", "abcdefghi jk", "abcdefghi jk"]),
    ])
    func findsAliasesWhereverWordsEnd(_ text: String, _ aliases: [String]) throws {
        let matcher = try #require(Self.matcher)
        #expect(matcher.matches(in: text).map(\.alias) == aliases)
    }
}
