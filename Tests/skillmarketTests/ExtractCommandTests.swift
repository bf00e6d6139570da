import Foundation
import Testing

@Suite("skillmarket extract")
struct ExtractCommandTests {
    @Test("a malformed line in the middle is reported with its line number while good lines are extracted")
    func malformedLines() throws {
        // Given a JSONL file with a truncated object (line 3), an empty title (4) and an array of
        // three strings (5: each element is read as a record, and none is an object)
        let path = try CommandLineRunner.fixture("mixed.jsonl")
        // When it is extracted
        let result = try CommandLineRunner.run(["extract", path])
        // Then the four good postings come out in input order and the three bad ones are explained
        #expect(result.status == 0)
        #expect(result.lines.count == 4)
        #expect(result.lines.prefix(3).map { $0.jsonField("id") as? String } == ["a1", "a2", "a6"])
        #expect(result.stderr.contains("mixed.jsonl:3: invalid JSON"))
        #expect(result.stderr.contains("mixed.jsonl:4: missing or empty title"))
        #expect(result.stderr.contains("mixed.jsonl:5: not a JSON object"))
        #expect(result.stderr.contains("4 accepted, 5 rejected"))
    }

    @Test("a posting without an id gets a stable content-derived one")
    func derivedID() throws {
        let path = try CommandLineRunner.fixture("mixed.jsonl")
        let first = try CommandLineRunner.run(["extract", path]).lines.last?.jsonField("id") as? String
        let second = try CommandLineRunner.run(["extract", path]).lines.last?.jsonField("id") as? String
        #expect(first?.hasPrefix("sm-") == true)
        #expect(first == second)
    }

    @Test("stdin and gzip give the same output as the plain file")
    func stdinAndGzip() throws {
        let path = try CommandLineRunner.fixture("mixed.jsonl")
        let plain = try CommandLineRunner.run(["extract", path])
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))

        let fromStdin = try CommandLineRunner.run(["extract", "-"], stdin: bytes)
        #expect(fromStdin.stdout == plain.stdout)
        #expect(fromStdin.stderr.contains("<stdin>:3:"))

        let directory = try CommandLineRunner.temporaryDirectory()
        let gzipped = directory.appendingPathComponent("mixed.jsonl.gz")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/sh")
        gzip.arguments = ["-c", "gzip -c '\(path)' > '\(gzipped.path)'"]
        try gzip.run()
        gzip.waitUntilExit()
        let fromGzip = try CommandLineRunner.run(["extract", gzipped.path])
        #expect(fromGzip.stdout == plain.stdout)

        let gzippedStdin = try CommandLineRunner.run(["extract", "-"], stdin: try Data(contentsOf: gzipped))
        #expect(gzippedStdin.stdout == plain.stdout)
    }

    @Test(
        "every input format is read",
        arguments: [
            ("postings.csv", ["Data Scientist", "Staff Data Engineer"]),
            ("postings.tsv", ["MLOps Engineer"]),
            ("page.html", ["Machine Learning Engineer", "Research Scientist, NLP"]),
            ("array.json", ["Data Scientist", "Software Engineer"]),
        ])
    func formats(file: String, titles: [String]) throws {
        let result = try CommandLineRunner.run(["extract", try CommandLineRunner.fixture(file)])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.lines.map { $0.jsonField("title") as? String } == titles)
    }

    @Test("--strict stops at the first bad record with exit code 1")
    func strict() throws {
        let result = try CommandLineRunner.run(["extract", "--strict", try CommandLineRunner.fixture("mixed.jsonl")])
        #expect(result.status == 1)
        #expect(result.stderr.contains("mixed.jsonl:3:"))
        #expect(!result.stderr.contains("mixed.jsonl:4:"))
    }

    @Test("a missing file is a clear error and a non-zero exit; other inputs are still read")
    func missingFile() throws {
        let result = try CommandLineRunner.run([
            "extract", "/nonexistent/jobs.jsonl", try CommandLineRunner.fixture("array.json"),
        ])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/jobs.jsonl: no such file or directory"))
        #expect(result.lines.count == 2)
    }

    @Test("nothing but garbage is a non-zero exit")
    func garbageOnly() throws {
        let result = try CommandLineRunner.run(["extract", "-"], stdin: Data("{oops\n{\"x\": 1}\n".utf8))
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("0 accepted, 2 rejected"), "\(result.stderr)")
    }

    @Test("--map renames a column")
    func columnMapping() throws {
        let csv = Data("Job Name,Employer\nData Engineer,Contoso\n".utf8)
        let result = try CommandLineRunner.run(["extract", "--map", "Job Name=title", "--map", "Employer=company", "-"], stdin: csv)
        #expect(result.lines.first?.jsonField("title") as? String == "Data Engineer")
        #expect(result.lines.first?.jsonField("company") as? String == "Contoso")
    }
}
