import SkillMarketCore
import Testing

/// Hostile inputs through `RecordReader` + `RecordDecoder`: no crash, no hang, good records
/// kept (exact), each bad one named by line and reason, whatever the chunk boundaries.
@Suite("Bad input through the Core readers", .tags(.ingest))
struct BadInputReaderTests {
    struct Case: Sendable, CustomStringConvertible {
        var file: String
        var titles: [String]
        var issues: [String]
        var description: String { file }
    }

    static let cases: [Case] = [
        Case(
            file: "truncated.jsonl", titles: ["Data Engineer", "Machine Learning Engineer"],
            issues: [
                "truncated.jsonl:2: invalid JSON: unterminated string at column 20",
                "truncated.jsonl:4: invalid JSON: unterminated string at column 20",
            ]),
        Case(
            file: "invalid_utf8.jsonl", titles: ["Ingenieur \u{FFFD}( Daten", "Analyst"],
            issues: ["invalid_utf8.jsonl:2: invalid JSON: unexpected '\\xff' at column 1"]),
        Case(file: "bom_crlf.jsonl", titles: ["Data Engineer", "Analyst", "Backend Developer"], issues: []),
        Case(
            file: "bom_crlf_multiline.csv", titles: ["Data Engineer", "Analyst", "Machine Learning Engineer"],
            issues: ["bom_crlf_multiline.csv:5: missing or empty title"]),
        Case(
            file: "nul_bytes.jsonl", titles: ["Data\u{0}Engineer", "Analyst"],
            issues: ["nul_bytes.jsonl:2: invalid JSON: unexpected '\\x0' at column 1"]),
        Case(
            file: "array_as_jsonl.jsonl", titles: ["Data Engineer", "Analyst"],
            issues: ["array_as_jsonl.jsonl:4: not a JSON object"]),
        Case(
            file: "numbers_for_strings.jsonl",
            titles: ["12345", "true", #"{"text":"Engineer"}"#, "Data Engineer", "Numeric id"],
            issues: ["numbers_for_strings.jsonl:5: missing or empty title"]),
        Case(file: "empty.jsonl", titles: [], issues: []),
        Case(file: "whitespace_only.jsonl", titles: [], issues: []),
        Case(
            file: "absurd_salaries.jsonl", titles: Array(repeating: "Data Engineer", count: 6), issues: []),
    ]

    @Test("each fixture keeps its good records and names each bad one, at any chunk size", arguments: cases)
    func fixture(_ expected: Case) throws {
        let bytes = try BadInputCorpus.bytes(expected.file)
        let whole = try IngestRun.of(bytes, name: expected.file)
        #expect(whole.titles == expected.titles)
        #expect(whole.issues.map(\.description) == expected.issues)
        for size in [1, 7, 4096] {
            #expect(try IngestRun.of(bytes, name: expected.file, chunkSize: size) == whole, "chunk size \(size)")
        }
    }

    @Test("a 50 MB single line is skipped as too large; the lines around it are kept")
    func hugeLine() throws {
        let run = try IngestRun.of(BadInputCorpus.hugeLine(size: 50 << 20), name: "huge.jsonl")
        #expect(run.titles == ["Data Engineer", "Analyst"])
        #expect(run.issues.map(\.description) == ["huge.jsonl:2: record is larger than 16777216 bytes"])
    }

    @Test("100,000 levels of nesting are rejected without a stack overflow; the next lines are read")
    func deepNesting() throws {
        let run = try IngestRun.of(BadInputCorpus.deepNesting(), name: "deep.jsonl")
        #expect(run.titles == ["Data Engineer", "Analyst"])
        #expect(run.issues.map(\.line) == [2, 3])
        #expect(run.issues.allSatisfy { $0.problem.message.hasPrefix("invalid JSON: nesting deeper than 64") })
    }

    @Test("random binary bytes in every format end without a crash and name only lines that exist")
    func binary() throws {
        let bytes = BadInputCorpus.binary(count: 1 << 20)
        let lines = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }  // CSV also breaks at CR
        let formats: [InputFormat?] = [nil, .jsonLines, .jsonArray, .csv(delimiter: 0x2C), .htmlPage]
        for format in formats {
            let run = try IngestRun.of(bytes, name: "random.bin", chunkSize: 65_536, options: IngestOptions(format: format))
            #expect(run.issues.allSatisfy { (1...lines).contains($0.line) }, "\(String(describing: format))")
            #expect(run.records > 0)
        }
    }

    @Test("a posting naming 10,000 skills is one record, read whole")
    func manySkills() throws {
        let run = try IngestRun.of(BadInputCorpus.manySkills(), name: "skills.jsonl")
        #expect(run.titles == ["Data Engineer"])
        #expect(run.issues.isEmpty)
        #expect(run.postings.first?.description?.count ?? 0 > 60_000)
    }
}
