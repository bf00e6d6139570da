@testable import SkillMarketCore
import Testing

/// `skillRanks(title:description:)` joins the parts as bytes instead of making `title + "\n" + description`:
/// it must find exactly what a scan of that string finds, also where an alias or a context rule reaches
/// across the line break.
@Suite("Skill matcher: title and description scanned as one text")
struct SkillMatcherTitleDescriptionTests {
    @Test(arguments: [
        ("", ""),
        ("Data Engineer", ""),
        ("", "Python and SQL"),
        ("Senior Machine", "Learning engineer wanted"),  // the alias runs across the break
        ("Machine learning engineer", "-"),
        ("Analyst (R", "Python, SQL)"),  // R is supported by a neighbour in the description
        ("R", "programming in a small team"),
        ("Engineer, Spark", "Kubernetes and Airflow on AWS"),
        ("C", "-suite reporting"),
        ("Ingénieur données", "Maîtrise de Python, d\u{2019}Apache Spark et de SQL"),
        ("Tools: Python,", "R, SQL, etc."),
        ("CV", "models for autonomous driving"),
        ("Send your CV", "to jobs@example.com"),
        (String(repeating: "Go ", count: 200), String(repeating: "Rust, Go; ", count: 400)),
    ])
    func sameRanksAsTheJoinedString(title: String, description: String) throws {
        let matcher = try #require(BundledMatcher.shared)
        let joined = matcher.skillRanks(in: title + "\n" + description)
        #expect(matcher.skillRanks(title: title, description: description) == joined)
    }

    @Test("an alias spanning the line break counts")
    func aliasAcrossTheBreak() throws {
        let matcher = try #require(BundledMatcher.shared)
        let ranks = matcher.skillRanks(title: "Senior Machine", description: "Learning engineer")
        #expect(matcher.skills(ofRanks: ranks) == matcher.skills(in: "Senior Machine\nLearning engineer"))
        #expect(!ranks.isEmpty)
    }
}
