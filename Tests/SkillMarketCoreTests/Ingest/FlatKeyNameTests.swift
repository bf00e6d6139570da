import SkillMarketCore
import Testing

struct KeyNameCase: Sendable, CustomTestStringConvertible {
    let json: String
    let extras: [RawPosting.Extra]
    var fieldMap: [String: String] = [:]
    var testDescription: String { json }
}

/// The JSONL fast path makes a key's name only when a value is kept under it (an extra, a field's
/// later value), from the key's bytes: the names must be the keys as written, for short and long
/// aliases, unknown keys, keys near the end of the record and `--map` overrides alike.
@Suite("Flat JSONL key names", .tags(.ingest))
struct FlatKeyNameTests {
    @Test(arguments: [
        KeyNameCase(
            json: #"{"title":"A","job_title":"B","company":"C","employer":"D"}"#,
            extras: [.init(name: "job_title", value: "B"), .init(name: "employer", value: "D")]),
        KeyNameCase(
            json: #"{"title":"A","company":"X","hiring_organization":"Y"}"#,
            extras: [.init(name: "hiring_organization", value: "Y")]),
        KeyNameCase(
            json: #"{"title":"A","an_unknown_key_longer_than_sixteen":"v","k":"w"}"#,
            extras: [.init(name: "an_unknown_key_longer_than_sixteen", value: "v"), .init(name: "k", value: "w")]),
        KeyNameCase(
            json: #"{"title":"A","id":"1","job_id":2,"remote_ok":false}"#,
            extras: [.init(name: "job_id", value: "2"), .init(name: "remote_ok", value: "false")]),
        KeyNameCase(json: #"{"title":"A","title":" B "}"#, extras: [.init(name: "title", value: "B")]),
        KeyNameCase(
            json: #"{"title":"A","med_salary":"5","salary_min":"1","median_salary":"6"}"#,
            extras: [.init(name: "median_salary", value: "6"), .init(name: "med_salary", value: "5")]),
        KeyNameCase(
            json: #"{"abcdefghijklmno":"15","abcdefghijklmnop":"16","title":"A"}"#,
            extras: [.init(name: "abcdefghijklmno", value: "15"), .init(name: "abcdefghijklmnop", value: "16")]),
        KeyNameCase(json: #"{"title":"A","zz":"1"}"#, extras: [.init(name: "zz", value: "1")]),
        KeyNameCase(
            json: #"{"Headline":"A","title":"B"}"#, extras: [.init(name: "title", value: "B")],
            fieldMap: ["Headline": "title"]),
        KeyNameCase(json: #"{"title":"A","company":"B"}"#, extras: [], fieldMap: ["company": "ignore"]),
    ])
    func extrasAreNamedByTheirKeys(_ c: KeyNameCase) throws {
        var reader = RecordReader(source: MemoryByteSource(c.json), sourceName: "t.jsonl")
        let record = try #require(try reader.next())
        let result = try #require(RecordDecoder(options: IngestOptions(fieldMap: c.fieldMap)).decode(record).first)
        let posting = try result.get()
        #expect(posting.title == "A")
        #expect(posting.extras == c.extras)
    }
}
