import SkillMarketCore
import Testing

struct FormatCase: Sendable, CustomTestStringConvertible {
    let prefix: String
    let fileName: String?
    let expected: InputFormat
    var testDescription: String { "\(prefix.debugDescription) \(fileName ?? "-")" }
}

@Suite("Input format detection", .tags(.ingest))
struct InputFormatTests {
    @Test(arguments: [
        FormatCase(prefix: "{\"title\":\"x\"}\n", fileName: "a.csv", expected: .jsonLines),
        FormatCase(prefix: "\u{FEFF}  \n[{\"title\":\"x\"}]", fileName: nil, expected: .jsonArray),
        FormatCase(prefix: "\n  <!DOCTYPE html><html>", fileName: "jobs.jsonl", expected: .htmlPage),
        FormatCase(
            prefix: "Id,Title,FullDescription\n1,2,3", fileName: nil, expected: .csv(delimiter: UInt8(ascii: ","))),
        FormatCase(prefix: "job_id\ttitle\tcompany, inc\n", fileName: "x.csv", expected: .csv(delimiter: 9)),
        FormatCase(prefix: "id;title;\"a,b,c\"\n", fileName: nil, expected: .csv(delimiter: UInt8(ascii: ";"))),
        FormatCase(
            prefix: "\u{FEFF},Job Title,Salary Estimate\n", fileName: nil, expected: .csv(delimiter: UInt8(ascii: ","))),
        FormatCase(prefix: "title\n", fileName: "jobs.TSV", expected: .csv(delimiter: 9)),
        FormatCase(prefix: "", fileName: "jobs.jsonl", expected: .jsonLines),
        FormatCase(prefix: "", fileName: nil, expected: .csv(delimiter: UInt8(ascii: ","))),
    ])
    func detectsByContent(_ c: FormatCase) {
        #expect(InputFormat.detect(prefix: Array(c.prefix.utf8), fileName: c.fileName) == c.expected)
    }
}
