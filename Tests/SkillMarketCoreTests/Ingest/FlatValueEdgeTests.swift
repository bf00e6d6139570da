import SkillMarketCore
import Testing

struct FlatValueCase: Sendable, CustomTestStringConvertible {
    /// The company member's JSON string content, as written between the quotes.
    let raw: String
    let company: String?
    var testDescription: String { raw }
}

/// Edge cases of the JSONL fast path's string values: which values skip trimming, and control bytes
/// the 8-byte string scan must pass over.
@Suite("Flat JSONL string values", .tags(.ingest))
struct FlatValueEdgeTests {
    static func decode(_ json: String) -> Result<RawPosting, IngestIssue>? {
        var reader = RecordReader(source: MemoryByteSource(json), sourceName: "t.jsonl")
        guard let record = try? reader.next() else { return nil }
        return RecordDecoder().decode(record).first
    }

    @Test(arguments: [
        FlatValueCase(raw: "B", company: "B"),
        FlatValueCase(raw: " B ", company: "B"),
        FlatValueCase(raw: "\u{A0}B\u{A0}", company: "B"),
        FlatValueCase(raw: #"\u00a0B\u00A0"#, company: "B"),
        FlatValueCase(raw: #"B\n"#, company: "B"),
        FlatValueCase(raw: #"\tB"#, company: "B"),
        FlatValueCase(raw: "B\u{9}", company: "B"),
        FlatValueCase(raw: "-1", company: nil),
        FlatValueCase(raw: " -1", company: nil),
        FlatValueCase(raw: #"-\u0031"#, company: nil),
        FlatValueCase(raw: "-12", company: "-12"),
        FlatValueCase(raw: "é", company: "é"),
        FlatValueCase(raw: #"B\\"#, company: "B\\"),
        FlatValueCase(raw: #"B\""#, company: "B\""),
        FlatValueCase(raw: "", company: nil),
        FlatValueCase(raw: "  ", company: nil),
        // Escaped values, judged on their decoded text.
        FlatValueCase(raw: #"\u00e9 B\t"#, company: "é B"),
        FlatValueCase(raw: "\u{A0}" + #"B\/"#, company: "B/"),
        FlatValueCase(raw: #"x\ty"#, company: "x\ty"),
        FlatValueCase(raw: #"\u0020"#, company: nil),
    ])
    func stringValuesAreTrimmedAsTheGeneralPathTrimsThem(_ c: FlatValueCase) throws {
        let result = try #require(Self.decode(#"{"title":"A","company":""# + c.raw + #""}"#))
        #expect(try result.get().company == c.company)
    }

    @Test("extras keep their untrimmed text")
    func extrasKeepTheirText() throws {
        let posting = try #require(Self.decode(#"{"title":"A","note":" x ","tag":"y"}"#)).get()
        #expect(posting.extras == [.init(name: "note", value: " x "), .init(name: "tag", value: "y")])
    }

    /// A control byte (tab, 0x01, 0x0B, 0x0C) at every offset of the first 8-byte words:
    /// the string scan flags every byte below 0x0E and must go on past all but line breaks.
    @Test(arguments: 0..<18)
    func controlBytesInsideStringsAreKept(offset: Int) throws {
        for control in ["\u{9}", "\u{1}", "\u{B}", "\u{C}"] {
            let title = "x" + String(repeating: "a", count: offset) + control + "bcdefghijklmnop"
            let posting = try #require(Self.decode(#"{"title":""# + title + #""}"#)).get()
            #expect(posting.title == title)
        }
    }

    /// A raw CR (a raw LF ends the line) at every offset of the first 8-byte words.
    @Test(arguments: 0..<18)
    func rawCarriageReturnsInsideStringsAreUnterminated(offset: Int) throws {
        let json = #"{"title":""# + String(repeating: "a", count: offset) + "\r" + #"b"}"#
        let result = try #require(Self.decode(json))
        guard case .failure(let issue) = result, case .invalidJSON(let detail) = issue.problem else {
            Issue.record("\(json) was not rejected")
            return
        }
        #expect(detail == "unterminated string at column 10")
    }
}
