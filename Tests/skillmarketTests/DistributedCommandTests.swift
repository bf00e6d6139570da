import Foundation
import Testing

/// The Swift steps of the Spark path (`distributed map`, `distributed dedup`) and
/// `report --from-aggregates`; distributed/tests runs the whole path in Spark.
@Suite("skillmarket distributed and report --from-aggregates")
struct DistributedCommandTests {
    /// `distributed map` lines of a generated corpus with planted reposts, and its single-machine report.
    static func mappedCorpus() throws -> (lines: [String], report: [String: Any]) {
        let directory = try CommandLineRunner.temporaryDirectory()
        let corpus = directory.appendingPathComponent("corpus.jsonl").path
        let generated = try CommandLineRunner.run(["generate", "--count", "600", "--seed", "5", "--out", corpus])
        #expect(generated.status == 0, "\(generated.stderr)")
        let mapped = try CommandLineRunner.run(["distributed", "map", corpus])
        #expect(mapped.status == 0, "\(mapped.stderr)")
        let report = try CommandLineRunner.run(["report", corpus])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as? [String: Any])
        return (mapped.lines, object)
    }

    static func duplicates(afterDedupOf lines: [String]) throws -> Int {
        let input = lines.map { line in line.split(separator: "\t", omittingEmptySubsequences: false).dropFirst().joined(separator: "\t") }
        let result = try CommandLineRunner.run(["distributed", "dedup"], stdin: Data((input.joined(separator: "\n") + "\n").utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.count == lines.count)
        return result.lines.filter { $0 == #"{"fate":"duplicate"}"# }.count
    }

    @Test("map writes a row per record with its fate; bad lines become rejected rows")
    func mapRows() throws {
        let result = try CommandLineRunner.run(["distributed", "map", try CommandLineRunner.fixture("mixed.jsonl")])
        #expect(result.status == 0, "\(result.stderr)")
        let fates = result.lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false).last.map(String.init) ?? "" }
        #expect(result.lines.allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 3 })
        #expect(fates.filter { $0 == #"{"fate":"rejected"}"# }.count == 5)
        #expect(fates.filter { $0.hasPrefix(#"{"fate":"analyzed","skills":["#) }.count == 4)
        #expect(result.stderr.isEmpty, "rejections travel as rows, not as messages: \(result.stderr)")
    }

    @Test("a slice of nothing but bad lines is rows of fate rejected and exit 0; an unreadable input is exit 1")
    func mapExitStatus() throws {
        let bad = try CommandLineRunner.run(["distributed", "map", "-"], stdin: Data("{not json\n{\"title\": \"cut off\n".utf8))
        #expect(bad.status == 0, "\(bad.stderr)")
        #expect(bad.lines.count == 2)
        #expect(bad.lines.allSatisfy { $0.hasSuffix(#"{"fate":"rejected"}"#) })
        let missing = try CommandLineRunner.run(["distributed", "map", "/nonexistent/slice.jsonl"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/slice.jsonl"))
    }

    @Test("dedup finds the report's duplicates whether rows come in input order or grouped by block")
    func dedupPerBlock() throws {
        let (lines, report) = try Self.mappedCorpus()
        let expected = try #require((report["postings"] as? [String: Int])?["duplicates"])
        #expect(expected > 0)
        #expect(try Self.duplicates(afterDedupOf: lines) == expected)
        // Grouped by block key, input order kept within each block (what the Spark job does)
        let grouped = lines.enumerated().sorted { a, b in
            let keyA = a.element.prefix { $0 != "\t" }, keyB = b.element.prefix { $0 != "\t" }
            return keyA != keyB ? keyA > keyB : a.offset < b.offset
        }.map(\.element)
        #expect(grouped != lines)
        #expect(try Self.duplicates(afterDedupOf: grouped) == expected)
    }

    @Test("report --from-aggregates renders a hand-written aggregates document")
    func fromAggregates() throws {
        let document = """
            {"schema":"skillmarket.aggregates/1",
             "filters":{"role":"data-engineer","as_of":"2026-06-30","country":null,"salary_country":"US","salary_currency":null},
             "postings":{"input":5,"rejected":1,"duplicates":1,"in_role":3,"analyzed":2},
             "skills":{"Python":2,"SQL":1},"families":{},"pairs":[["Python","SQL",1]],
             "seniority":{"mid":2},"countries":{"US":2},"work_modes":{"remote":1},"work_mode_unknown":1,
             "companies":{"Acme":2},"baseline_salaries":[[100000,1],[120000,1]],
             "skill_salaries":{"Python":[[100000,1],[120000,1]],"SQL":[[120000,1]]}}
            """
        let path = try CommandLineRunner.temporaryDirectory().appendingPathComponent("aggregates.json")
        try Data(document.utf8).write(to: path)
        let result = try CommandLineRunner.run(["report", "--from-aggregates", path.path, "--min-n", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["role"] as? String == "data-engineer")
        #expect(object["postings"] as? [String: Int]
            == ["input": 5, "rejected": 1, "duplicates": 1, "distinct": 3, "in_role": 3, "analyzed": 2])
        let skills = try #require(object["skills"] as? [[String: Any]])
        #expect(skills.map { $0["skill"] as? String } == ["Python", "SQL"])
        #expect(skills.first?["share"] as? Double == 1)
        #expect((skills.first?["salary"] as? [String: Any])?["median"] as? Int == 110_000)
        #expect(skills.last?["salary"] is NSNull)
        let markdown = try CommandLineRunner.run(["report", "--from-aggregates", path.path, "--format", "md"])
        #expect(markdown.stdout.contains("Data Engineer"))
    }

    @Test(
        "--from-aggregates refuses filters (they come from the document) and unreadable documents",
        arguments: [(["--role", "data-engineer"], 64), (["--demo"], 64), ([], 1)])
    func fromAggregatesErrors(extra: [String], status: Int) throws {
        let path = try CommandLineRunner.temporaryDirectory().appendingPathComponent("bad.json")
        try Data(#"{"schema":"skillmarket.report/1"}"#.utf8).write(to: path)
        let result = try CommandLineRunner.run(["report", "--from-aggregates", path.path] + extra)
        #expect(Int(result.status) == status)
        #expect(result.stderr.contains(status == 64 ? "--from-aggregates" : "schema"))
    }
}
