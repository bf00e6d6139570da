import Foundation
import Testing

@Suite("skillmarket compare")
struct CompareCommandTests {
    /// `Fixtures/compare/NAME`: a.jsonl has 3 data engineers (Python, SQL, Apache Spark; US salaries
    /// 130k, 160k, 120k midpoints) and 2 data scientists (Python, PyTorch; one with SQL); b.jsonl has
    /// 3 data engineers (SQL, Airflow; one with Apache Spark; midpoints 140k, 150k, 100k).
    static func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/compare")
        else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name])
        }
        return url.path
    }

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func skills(_ object: [String: Any]) throws -> [String: [String: Any]] {
        let rows = try #require(object["skills"] as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: rows.compactMap { row in (row["skill"] as? String).map { ($0, row) } })
    }

    static func postings(_ row: [String: Any]?) -> [Int] {
        (row?["sides"] as? [[String: Any]])?.compactMap { $0["postings"] as? Int } ?? []
    }

    @Test("two snapshots of a role: shares, B − A deltas, BH significance and salaries in the JSON")
    func twoSnapshots() throws {
        // Given two files and the data-engineer role
        let a = try Self.fixture("a.jsonl"), b = try Self.fixture("b.jsonl")
        // When they are compared
        let result = try CommandLineRunner.run(["compare", a, b, "--role", "data-engineer", "--min-n", "1"])
        // Then the JSON says which skills moved, in |delta| order, with hand-checkable figures
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.object(result.stdout)
        #expect(object["schema"] as? String == "skillmarket.compare/1")
        let sides = try #require(object["sides"] as? [[String: Any]])
        #expect(sides.map { $0["label"] as? String } == ["a.jsonl", "b.jsonl"])
        #expect(sides.map { ($0["postings"] as? [String: Any])?["analyzed"] as? Int } == [3, 3])
        let order = try #require(object["skills"] as? [[String: Any]]).map { $0["skill"] as? String }
        #expect(order == ["Airflow", "Python", "Apache Spark", "SQL"])
        let skills = try Self.skills(object)
        #expect(Self.postings(skills["Airflow"]) == [0, 3])
        #expect(skills["Airflow"]?["delta"] as? Double == 1)
        #expect(skills["Python"]?["delta"] as? Double == -1)
        #expect(skills["Apache Spark"]?["delta"] as? Double == -0.667)
        // 0/3 vs 3/3: z = 2.449, p = 0.0143; BH over 4 tests gives q = 0.0286 for both extremes
        #expect(skills["Airflow"]?["p_value"] as? Double == 0.014306)
        #expect(skills["Airflow"]?["q_value"] as? Double == 0.028612)
        #expect(skills["Airflow"]?["significant"] as? Bool == true)
        #expect(skills["Apache Spark"]?["significant"] as? Bool == false)
        #expect(skills["SQL"]?["p_value"] as? Double == 1)
        // Baseline medians 130k and 140k; with n = 3 the intervals are the ranges, which overlap
        let baseline = try #require(object["salary_baseline"] as? [String: Any])
        #expect(baseline["difference"] as? Int == 10_000)
        #expect(baseline["intervals_overlap"] as? Bool == true)
        #expect(result.stderr.contains("compare: a.jsonl: 5 read"))
        #expect(result.stderr.contains("compare: b.jsonl: 3 read"))
    }

    @Test("one file twice with --role-a/--role-b compares two roles, labelled by role name; stdin works too")
    func twoRoles() throws {
        let a = try Self.fixture("a.jsonl")
        let roles = ["--role-a", "data-engineer", "--role-b", "data-scientist"]
        let result = try CommandLineRunner.run(["compare", a, a] + roles)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.object(result.stdout)
        let sides = try #require(object["sides"] as? [[String: Any]])
        #expect(sides.map { $0["label"] as? String } == ["Data Engineer", "Data Scientist"])
        #expect(sides.map { $0["role"] as? String } == ["data-engineer", "data-scientist"])
        let skills = try Self.skills(object)
        #expect(Self.postings(skills["PyTorch"]) == [0, 2])
        #expect(Self.postings(skills["Python"]) == [3, 2])
        #expect(skills["SQL"]?["delta"] as? Double == -0.5)

        let fromStdin = try CommandLineRunner.run(
            ["compare", "-", "-"] + roles, stdin: try Data(contentsOf: URL(fileURLWithPath: a)))
        #expect(fromStdin.status == 0, "\(fromStdin.stderr)")
        #expect(fromStdin.stdout == result.stdout)
    }

    @Test("output is byte-identical across runs; Markdown and HTML come from --format or --out's extension")
    func formats() throws {
        let a = try Self.fixture("a.jsonl"), b = try Self.fixture("b.jsonl")
        let arguments = ["compare", a, b, "--label-a", "May <2026>", "--label-b", "June | 2026"]
        let first = try CommandLineRunner.run(arguments), second = try CommandLineRunner.run(arguments)
        #expect(first.stdout == second.stdout)
        #expect(
            (try Self.object(first.stdout)["sides"] as? [[String: Any]])?.first?["label"] as? String == "May <2026>")

        let markdown = try CommandLineRunner.run(arguments + ["--format", "md"])
        #expect(markdown.stdout.hasPrefix("# Comparison: May &lt;2026> vs June \\| 2026"))

        let directory = try CommandLineRunner.temporaryDirectory()
        let page = directory.appendingPathComponent("compare.html")
        let html = try CommandLineRunner.run(arguments + ["--out", page.path])
        #expect(html.status == 0, "\(html.stderr)")
        let text = try String(contentsOf: page, encoding: .utf8)
        #expect(text.hasPrefix("<!DOCTYPE html>"))
        #expect(text.contains("May &lt;2026&gt; vs June | 2026"))
        #expect(text.contains("chart-delta"))
    }

    @Test("three snapshots make a trend: a cell per side, last − first deltas, a trend chart per skill")
    func threeSnapshots() throws {
        // Given three dated snapshots (the middle one is a again), labelled by month
        let a = try Self.fixture("a.jsonl"), b = try Self.fixture("b.jsonl")
        let arguments = [
            "compare", a, a, b, "--role", "data-engineer", "--min-n", "1", "--label", "2026-03", "--label", "2026-04",
            "--label", "2026-06",
        ]
        // When they are compared
        let result = try CommandLineRunner.run(arguments)
        // Then every row has three cells and the change is measured from the first to the last
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.object(result.stdout)
        let sides = try #require(object["sides"] as? [[String: Any]])
        #expect(sides.map { $0["label"] as? String } == ["2026-03", "2026-04", "2026-06"])
        let skills = try Self.skills(object)
        #expect(Self.postings(skills["Airflow"]) == [0, 0, 3])
        #expect(Self.postings(skills["Python"]) == [3, 3, 0])
        #expect(skills["Airflow"]?["delta"] as? Double == 1)
        #expect(skills["Airflow"]?["q_value"] as? Double == 0.028612)

        // And the HTML draws a share-over-time chart per skill with a point per snapshot
        let html = try CommandLineRunner.run(arguments + ["--format", "html"])
        #expect(html.stdout.contains("<section id=\"trends\""))
        #expect(html.stdout.contains("id=\"trend-skill-airflow\""))
        #expect(html.stdout.components(separatedBy: "data-period=\"2026-04\"").count - 1 == 4)
        // Two sides draw no trend section
        let two = try CommandLineRunner.run(["compare", a, b, "--format", "html"])
        #expect(!two.stdout.contains("<section id=\"trends\""))
    }

    @Test("--by-month splits one input into a side per posting month, oldest first")
    func byMonth() throws {
        // Given March and June postings in one stream
        let a = try Self.fixture("a.jsonl"), b = try Self.fixture("b.jsonl")
        let stream = try Data(contentsOf: URL(fileURLWithPath: b)) + Data(contentsOf: URL(fileURLWithPath: a))
        // When it is compared by month
        let result = try CommandLineRunner.run(
            ["compare", "-", "--by-month", "--role", "data-engineer", "--min-n", "1"], stdin: stream)
        // Then it equals comparing the two files
        #expect(result.status == 0, "\(result.stderr)")
        let object = try Self.object(result.stdout)
        let sides = try #require(object["sides"] as? [[String: Any]])
        #expect(sides.map { $0["label"] as? String } == ["2026-03", "2026-06"])
        let files = try Self.object(
            try CommandLineRunner.run(["compare", a, b, "--role", "data-engineer", "--min-n", "1"]).stdout)
        #expect(Self.postings(try Self.skills(object)["Airflow"]) == Self.postings(try Self.skills(files)["Airflow"]))
        #expect((object["skills"] as? [[String: Any]])?.count == (files["skills"] as? [[String: Any]])?.count)
    }

    @Test(
        "bad invocations are usage errors",
        arguments: [
            ["compare", "only-one.jsonl"],
            ["compare", "a.jsonl", "b.jsonl", "--role", "data-engineer", "--role-a", "data-scientist"],
            ["compare", "a.jsonl", "b.jsonl", "c.jsonl", "--role-a", "data-scientist"],
            ["compare", "a.jsonl", "b.jsonl", "c.jsonl", "--label", "x", "--label", "y"],
            ["compare", "a.jsonl", "b.jsonl", "--by-month"],
            ["compare", "a.jsonl", "--by-month", "--as-of", "2026-06-30"],
        ])
    func usageErrors(arguments: [String]) throws {
        let result = try CommandLineRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.stderr.contains("Error:"))
    }

    @Test("a missing input is a clear error and a non-zero exit")
    func missingInput() throws {
        let result = try CommandLineRunner.run(["compare", try Self.fixture("a.jsonl"), "/nonexistent/b.jsonl"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/b.jsonl"))
        #expect(result.stdout.isEmpty)
    }
}
