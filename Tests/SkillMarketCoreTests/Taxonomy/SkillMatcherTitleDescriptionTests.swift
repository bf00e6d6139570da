@testable import SkillMarketCore
import Testing

/// `skillsAndFamilies(title:description:familyTable:)` joins the parts as bytes (on the stack up to 4 KB, on the
/// heap beyond) instead of making `title + "\n" + description`: it must find exactly what a scan of that string
/// finds, also where an alias or a context rule reaches across the line break, at every buffer size.
@Suite("Skill matcher: title and description scanned as one text")
struct SkillMatcherTitleDescriptionTests {
    /// A description making `title + "\n" + description` `count` bytes long, with skills at both ends.
    static func description(joinedCount count: Int, title: String) -> String {
        let filler = count - title.utf8.count - 1 - "Python ".utf8.count - " Go".utf8.count
        return "Python " + String(repeating: "x", count: max(filler, 0)) + " Go"
    }

    static let pairs: [(String, String)] =
        [
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
        ]
        + [1023, 1024, 1025, 2015, 2016, 2017, 2047, 2048, 2049, 4095, 4096, 4097, 9000].map { count in
            ("Machine", description(joinedCount: count, title: "Machine"))
        }

    @Test(arguments: pairs)
    func sameSkillsAsTheJoinedString(title: String, description: String) throws {
        let matcher = try #require(BundledMatcher.shared)
        let table = SkillFamilyTable(matcher: matcher)
        let joined = title + "\n" + description
        let found = matcher.skillsAndFamilies(title: title, description: description, familyTable: table)
        #expect(found.skills == matcher.skills(in: joined))
        #expect(found.families == table.families(ofRanks: matcher.skillRanks(in: joined)))
    }

    @Test("an alias spanning the line break counts")
    func aliasAcrossTheBreak() throws {
        let matcher = try #require(BundledMatcher.shared)
        let found = matcher.skillsAndFamilies(
            title: "Senior Machine", description: "Learning engineer", familyTable: SkillFamilyTable(matcher: matcher))
        #expect(found.skills == matcher.skills(in: "Senior Machine\nLearning engineer"))
        #expect(!found.skills.isEmpty)
    }
}
