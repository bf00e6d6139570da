import Foundation
import Testing

@Suite("skillmarket report")
struct ReportCommandTests {
    @Test("the same input gives byte-identical JSON, Markdown and HTML across runs")
    func deterministic() throws {
        let input = try CommandLineRunner.fixture("mixed.jsonl")
        for format in ["json", "md", "html"] {
            let first = try CommandLineRunner.run(["report", input, "--format", format])
            let second = try CommandLineRunner.run(["report", input, "--format", format])
            #expect(first.status == 0, "\(first.stderr)")
            #expect(!first.stdout.isEmpty)
            #expect(first.stdout == second.stdout, "\(format) differs between runs")
        }
    }

    @Test("the JSON report counts every stage and filters by role")
    func counts() throws {
        let input = try CommandLineRunner.fixture("mixed.jsonl")
        let result = try CommandLineRunner.run(["report", input, "--role", "machine-learning-engineer"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let postings = try #require(object["postings"] as? [String: Int])
        #expect(postings == ["input": 9, "rejected": 5, "duplicates": 0, "distinct": 4, "in_role": 1, "analyzed": 1])
        #expect(object["role"] as? String == "machine-learning-engineer")
        #expect(result.stderr.contains("report: 9 read, 5 rejected"))
    }

    @Test("--explain lists the postings that counted for a skill with the matched text")
    func explain() throws {
        let input = try CommandLineRunner.fixture("mixed.jsonl")
        let result = try CommandLineRunner.run(["report", input, "--explain", "llms"])
        #expect(result.status == 0)
        #expect(result.lines.count == 1)
        let line = try #require(result.lines.first)
        #expect(line.jsonField("id") as? String == "a1")
        #expect(line.contains(#""text":"LLM""#))
        #expect(line.contains("Build LLM systems"))
    }

    @Test("--explain rejects a skill the taxonomy does not know")
    func explainUnknown() throws {
        let result = try CommandLineRunner.run(["report", try CommandLineRunner.fixture("mixed.jsonl"), "--explain", "Cobol"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("'Cobol' is not a skill of the taxonomy"))
    }

    @Test("--format all writes every format into one directory")
    func allFormats() throws {
        let directory = try CommandLineRunner.temporaryDirectory().appendingPathComponent("out")
        let result = try CommandLineRunner.run([
            "report", try CommandLineRunner.fixture("mixed.jsonl"), "--format", "all", "--out", directory.path,
        ])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["report.json", "report.md", "report.html", "csv/skills.csv", "csv/pairs.csv", "csv/companies.csv"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path), "\(name)")
        }
        let skills = try String(contentsOf: directory.appendingPathComponent("csv/skills.csv"), encoding: .utf8)
        #expect(skills.hasPrefix("skill,family,postings,share,tier,"))
    }

    @Test("the demo report runs on the bundled synthetic corpus")
    func demo() throws {
        let result = try CommandLineRunner.run(["report", "--demo", "--demo-count", "300"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["role"] as? String == "machine-learning-engineer")
        #expect((object["skills"] as? [Any])?.isEmpty == false)
    }
}
