import SkillMarketCore
import Testing

/// `decode(_:forEach:)` hands out every posting and issue of a record in order, as `decode(_:)` lists them.
@Suite("Record decoder: results one by one", .tags(.ingest))
struct RecordDecoderForEachTests {
    static let header = CSVHeader(names: ["title", "company"], resolver: FieldResolver(fieldMap: [:]))
    static let script = "<script type=\"application/ld+json\">"

    /// A result as "title" or "!problem".
    static func summary(_ result: Result<RawPosting, IngestIssue>) -> String {
        switch result {
        case .success(let posting): posting.title
        case .failure(let issue): "!" + issue.problem.message
        }
    }

    @Test(arguments: [
        (RawRecord.Payload.rejected(.tooLarge(limit: 5)), ["!record is larger than 5 bytes"]),
        (.json(ArraySlice(#"{"title":"A","company":"C"}"#.utf8)), ["A"]),
        (.json(ArraySlice(#"{"company":"C"}"#.utf8)), ["!missing or empty title"]),
        (.json(ArraySlice("[1]".utf8)), ["!" + IngestIssue.Problem.notAnObject.message]),
        (
            .json(ArraySlice(#"{"@graph":[{"@type":"JobPosting","title":"A"},{"@type":"JobPosting","title":"B"}]}"#.utf8)),
            ["A", "B"]
        ),
        (.csv(header: header, fields: ["Row title", "Co"]), ["Row title"]),
        (.csv(header: header, fields: ["", "Co"]), ["!missing or empty title"]),
        (.html(Array("<html><body>no data</body></html>".utf8)), ["!missing or empty JobPosting"]),
        (.html(Array((script + #"{"@type":"Organization"}</script>"#).utf8)), ["!missing or empty JobPosting"]),
        (
            .html(Array((script + #"{"@type":"JobPosting","title":"P"}</script>"#).utf8)),
            ["P"]
        ),
    ])
    func resultsInOrder(payload: RawRecord.Payload, expected: [String]) {
        let record = RawRecord(source: "t", line: 3, payload: payload)
        var seen: [String] = []
        RecordDecoder().decode(record) { seen.append(Self.summary($0)) }
        #expect(seen == expected)
        #expect(RecordDecoder().decode(record).map(Self.summary) == expected)
    }

    @Test("a bad script is reported and the page's postings still come out, in order")
    func badScriptThenPosting() {
        let page = Self.script + "{oops</script>" + Self.script + #"{"@type":"JobPosting","title":"Q"}</script>"#
        var seen: [String] = []
        RecordDecoder().decode(RawRecord(source: "t", line: 1, payload: .html(Array(page.utf8)))) {
            seen.append(Self.summary($0))
        }
        #expect(seen.count == 2)
        #expect(seen.first?.hasPrefix("!invalid JSON") == true)
        #expect(seen.last == "Q")
    }
}
