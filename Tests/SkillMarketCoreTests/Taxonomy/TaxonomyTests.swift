import Foundation
import SkillMarketCore
import Testing

@Suite("Taxonomy data file")
struct TaxonomyTests {
    @Test("bundled taxonomy keeps every canonical name and family of spec/skills.tsv")
    func bundledMatchesSpec() throws {
        let taxonomy = try Taxonomy.bundled()
        let expected: [(String, String)] = [
            ("Machine Learning", "Machine Learning and AI"), ("LLMs", "Machine Learning and AI"),
            ("C", "Coding Languages"), ("Go", "Coding Languages"), ("Monitoring", "Tools and Infrastructure"),
            ("A/B Testing", "Statistics and Experimentation"), ("Google Cloud", "Cloud Platforms"),
            ("dbt", "Data Engineering Foundations"), ("SQL", "Querying and SQL"),
            ("Microservices", "Production and Systems"),
        ]
        #expect(taxonomy.skills.count == 61)
        for (name, family) in expected { #expect(taxonomy.family(of: SkillName(name)) == family) }
        #expect(taxonomy.family(of: SkillName("Excel")) == nil)
        #expect(Set(taxonomy.skills.map(\.name)).count == taxonomy.skills.count)
    }

    @Test(
        "bundled taxonomy equals the spec's skill list when ../shared is present",
        .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)), .tags(.realData))
    func bundledEqualsSpecFile() throws {
        let spec = try String(contentsOf: SharedData.url("../spec/skills.tsv"), encoding: .utf8)
        let rows = spec.split(separator: "\n").dropFirst().map { $0.split(separator: "\t").prefix(2).map(String.init) }
        let taxonomy = try Taxonomy.bundled()
        #expect(taxonomy.skills.map { [$0.name.rawValue, $0.family] } == rows)
    }

    @Test("a user's own taxonomy matches its own skills and aliases")
    func customTaxonomy() throws {
        let tsv = """
            # my taxonomy
            skill\tfamily\taliases
            Excel\tOffice\texcel; ms excel; =XLS
            Haskell\tCoding Languages\t
            ~block\t-\texcellent
            """
        let taxonomy = try Taxonomy(tsv: tsv)
        let matcher = SkillMatcher(taxonomy: taxonomy)
        #expect(
            matcher.skills(in: "Advanced MS Excel, some haskell; an excellent XLS wizard")
                == [SkillName("Excel"), SkillName("Haskell")])
        #expect(matcher.skills(in: "excellent communicator, xls files") == [])
        #expect(taxonomy.family(of: SkillName("Haskell")) == "Coding Languages")
    }

    @Test("Windows line ends, padded cells and rule marks read the same as clean ones")
    func crlfAndPadding() throws {
        // Given one taxonomy written cleanly and the same one with CRLF, tabs/NBSP padding and spaced rules
        let clean = "skill\tfamily\taliases\nGo\tLang\t=Go @tech; golang\nExcel\tOffice\texcel\n"
        let messy =
            "skill\tfamily\taliases\r\n \u{A0}Go\t Lang \t =Go  @tech ;\u{A0}golang\u{A0}\r\nExcel\tOffice\texcel\r\n"
        // When both are parsed and matched against the same text
        let text = "Go and golang services in Kubernetes, reports in Excel; go home"
        let cleanMatches = SkillMatcher(taxonomy: try Taxonomy(tsv: clean)).matches(in: text)
        let messyTaxonomy = try Taxonomy(tsv: messy)
        // Then they agree: names and families trimmed, "=Go @tech" case-sensitive with its rule
        #expect(messyTaxonomy.skills.map(\.name.rawValue) == ["Go", "Excel"])
        #expect(messyTaxonomy.family(of: SkillName("Go")) == "Lang")
        let messyMatches = SkillMatcher(taxonomy: messyTaxonomy).matches(in: text)
        #expect(messyMatches.map(\.alias) == cleanMatches.map(\.alias))
        #expect(messyMatches.map(\.utf8Range) == cleanMatches.map(\.utf8Range))
        #expect(cleanMatches.map(\.skill.rawValue) == ["Go", "Go", "Excel"])
    }

    @Test("a '#' or ';' followed by a combining mark is part of a Character, not a comment or separator")
    func combiningMarksAfterMarks() throws {
        let taxonomy = try Taxonomy(tsv: "#\u{301}X\tLang\tx;\u{301}y; z\n# comment\nW\tLang\tw;v\n")
        #expect(taxonomy.skills.map(\.name.rawValue) == ["#\u{301}X", "W"])
        #expect(taxonomy.aliases.map(\.text) == ["x;\u{301}y", "z", "w", "v"])
    }

    @Test("matches explain which alias matched where, in UTF-8 bytes")
    func matchesCarryAliasAndRange() throws {
        let matcher = try #require(BundledMatcher.shared)
        let text = "Café team: RAG with LLMs, PySpark"
        let matches = matcher.matches(in: text)
        #expect(matches.map(\.skill.rawValue) == ["RAG", "LLMs", "Apache Spark"])
        #expect(matches.map(\.alias) == ["RAG", "llms", "pyspark"])
        #expect(matches.map(\.text) == ["RAG", "LLMs", "PySpark"])
        let bytes = Array(text.utf8)
        for match in matches {
            #expect(String(decoding: bytes[match.utf8Range], as: UTF8.self) == match.text)
        }
        #expect(matches.first?.utf8Range == 12..<15)  // "é" is two bytes
    }

    struct BadLine: Sendable, CustomTestStringConvertible {
        let tsv: String
        let line: Int
        let fragment: String
        var testDescription: String { fragment }
    }

    @Test(
        "a malformed line is reported with its line number",
        arguments: [
            BadLine(
                tsv: "# c\nPython\tLang\tpython\nJust one column\n", line: 3,
                fragment: "expected 3 tab-separated columns"),
            BadLine(tsv: "Python\tLang\tpython @langs\n", line: 1, fragment: "unknown context rule \"@langs\""),
            BadLine(tsv: "skill\tfamily\taliases\nPython\t\tpython\n", line: 2, fragment: "empty family"),
            BadLine(tsv: "A\tX\ta\n\nA\tX\tb\n", line: 3, fragment: "defined twice (first on line 1)"),
            BadLine(tsv: "A\tX\ta; = ;b\n", line: 1, fragment: "an alias is empty"),
            BadLine(tsv: "# nothing\n", line: 0, fragment: "defines no skills"),
        ])
    func malformedLine(_ bad: BadLine) {
        #expect {
            _ = try Taxonomy(tsv: bad.tsv)
        } throws: { error in
            guard let error = error as? TaxonomyError else { return false }
            return error.line == bad.line && error.message.contains(bad.fragment)
        }
    }

    @Test("an error's description names the line")
    func errorDescription() {
        #expect(TaxonomyError(line: 7, message: "empty skill name").description == "line 7: empty skill name")
    }
}
