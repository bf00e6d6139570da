import SkillMarketCore
import Testing

/// A JSON line that runs past the buffered chunk moves to the front of the next buffer, and goes to the
/// value scanner when it is no record after all: every chunk size gives what reading the input whole gives.
@Suite("Record reader across chunks", .tags(.ingest))
struct RecordReaderChunkTests {
    static let input = [
        #"{"title":"one","description":"a line longer than the smaller chunks"}"#,
        #"{"title":"two"}   "# + "\t\r",
        "{\n  \"title\": \"pretty\"\n}",
        #"{"title":"trailing"} x"#,
        #"{"title":"cut"#,
        #"{"title":"three"}"#,
    ].joined(separator: "\n")

    @Test("the whole input: records, the pretty-printed one, and two bad values")
    func wholeInput() throws {
        let run = try IngestRun.of(Self.input)
        #expect(run.titles == ["one", "two", "pretty", "trailing", "three"])
        #expect(run.issues.count == 2)
    }

    @Test(arguments: 1...48)
    func everyChunkSizeGivesTheWholeResult(size: Int) throws {
        #expect(try IngestRun.of(Self.input, chunkSize: size) == (try IngestRun.of(Self.input)))
    }
}
