import Foundation
import Testing

/// Hostile inputs through the real binary: no crash, no hang, bounded memory, good records
/// kept (exact counts), each bad record named `file:line: reason` on stderr, documented exit codes.
@Suite("skillmarket on bad input")
struct BadInputCommandTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("BadInput")

    struct Case: Sendable, CustomStringConvertible {
        var file: String
        var accepted: Int
        var issues: [String]
        var status: Int32 = 0
        var description: String { file }
    }

    static let cases: [Case] = [
        Case(file: "truncated.jsonl", accepted: 2, issues: ["truncated.jsonl:2: invalid JSON", "truncated.jsonl:4: invalid JSON"]),
        Case(file: "invalid_utf8.jsonl", accepted: 2, issues: ["invalid_utf8.jsonl:2: invalid JSON"]),
        Case(file: "bom_crlf.jsonl", accepted: 3, issues: []),
        Case(file: "bom_crlf_multiline.csv", accepted: 3, issues: ["bom_crlf_multiline.csv:5: missing or empty title"]),
        Case(file: "nul_bytes.jsonl", accepted: 2, issues: ["nul_bytes.jsonl:2: invalid JSON"]),
        Case(file: "array_as_jsonl.jsonl", accepted: 2, issues: ["array_as_jsonl.jsonl:4: not a JSON object"]),
        Case(
            file: "numbers_for_strings.jsonl", accepted: 5, issues: ["numbers_for_strings.jsonl:5: missing or empty title"]),
        Case(file: "empty.jsonl", accepted: 0, issues: []),
        Case(file: "whitespace_only.jsonl", accepted: 0, issues: []),
        Case(file: "absurd_salaries.jsonl", accepted: 6, issues: []),
    ]

    static func path(_ file: String) -> String { corpus.appendingPathComponent(file).path }

    @Test("extract keeps the good records, names each bad one and exits 0", arguments: cases)
    func extract(_ expected: Case) throws {
        let result = try MeasuredRun.run(["extract", Self.path(expected.file)], timeout: 60)
        #expect(result.status == expected.status, "\(result.stderr)")
        #expect(result.lines.count == expected.accepted)
        #expect(result.lines.allSatisfy { $0.jsonField("title") is String })
        for issue in expected.issues { #expect(result.stderr.contains("/\(issue)"), "\(result.stderr)") }
        #expect(result.stderr.contains("extract: \(expected.accepted) accepted, \(expected.issues.count) rejected"))
    }

    @Test("absurd salaries ($999999999999, -5, 1e21) become null and are counted; a sane one is kept")
    func absurdSalaries() throws {
        let result = try MeasuredRun.run(["extract", Self.path("absurd_salaries.jsonl")], timeout: 60)
        let salaries = result.lines.map { $0.jsonField("salary") }
        // "1e308" (free text and structured) reads as "1" and infers $1 an hour: plausible, not null.
        #expect([0, 1, 4].allSatisfy { salaries[$0] is NSNull })
        #expect(salaries.last.map { $0 is [String: Any] } == true)
        #expect(result.stderr.contains("implausible field values dropped"))
    }

    @Test("ingest and report read the whole corpus in one run: same counts, exit 0")
    func ingestAndReport() throws {
        let paths = Self.cases.map { Self.path($0.file) }
        let accepted = Self.cases.map(\.accepted).reduce(0, +)
        let rejected = Self.cases.map(\.issues.count).reduce(0, +)
        let database = try CommandLineRunner.temporaryDirectory().appendingPathComponent("bad.sqlite").path
        let ingest = try MeasuredRun.run(["ingest"] + paths + ["--db", database], timeout: 120)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("ingest: \(accepted) new, 0 updated"), "\(ingest.stderr)")
        #expect(ingest.stderr.contains(" \(rejected) rejected"), "\(ingest.stderr)")
        for issue in Self.cases.flatMap(\.issues) { #expect(ingest.stderr.contains(issue)) }

        let report = try MeasuredRun.run(["report", "--format", "json"] + paths, timeout: 120)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stderr.contains("report: \(accepted + rejected) read, \(rejected) rejected"), "\(report.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(report.stdout.utf8))) != nil)
    }

    @Test("--strict stops at the first bad record with exit 1")
    func strict() throws {
        let result = try MeasuredRun.run(["extract", "--strict", Self.path("truncated.jsonl")], timeout: 60)
        #expect(result.status == 1)
        #expect(result.lines.count == 1)
        #expect(result.stderr.contains("truncated.jsonl:2:") && !result.stderr.contains("truncated.jsonl:4:"))
    }
}
