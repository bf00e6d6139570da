import SkillMarketCore
import Testing

struct CSVCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [[String]]
    var testDescription: String { text.debugDescription }
}

@Suite("CSV parser")
struct CSVParserTests {
    @Test(arguments: [
        CSVCase(text: "a,b\n1,2\n", expected: [["a", "b"], ["1", "2"]]),
        CSVCase(text: "a,b\r\n1,2", expected: [["a", "b"], ["1", "2"]]),
        CSVCase(text: "\u{FEFF}a,b\n", expected: [["a", "b"]]),
        CSVCase(text: "x,\"multi\nline, with comma\"\n", expected: [["x", "multi\nline, with comma"]]),
        CSVCase(text: "\"say \"\"hi\"\"\",2\n", expected: [["say \"hi\"", "2"]]),
        CSVCase(text: "a,,c\n\n\n", expected: [["a", "", "c"]]),
        CSVCase(text: "\"Tecolote Research\n3.8\",x\r\n", expected: [["Tecolote Research\n3.8", "x"]]),
    ])
    func parsesRecords(_ c: CSVCase) {
        #expect(CSVParser.records(in: c.text).map(\.fields) == c.expected)
    }

    @Test("records remember the line they start on, across quoted line breaks")
    func tracksLines() {
        let records = CSVParser.records(in: "h\n\"a\nb\nc\"\nz\n")
        #expect(records.map(\.line) == [1, 2, 5])
    }

    @Test("chunk boundaries anywhere give the same records")
    func chunkBoundaries() {
        let text = "\u{FEFF}id,t\r\n1,\"x\r\ny\"\"\"\r\n2,z"
        let whole = CSVParser.records(in: text)
        let bytes = Array(text.utf8)
        for split in 0...bytes.count {
            var parser = CSVParser()
            var records: [CSVRecord] = []
            parser.feed(bytes[..<split]) { records.append($0) }
            parser.feed(bytes[split...]) { records.append($0) }
            parser.finish { records.append($0) }
            #expect(records == whole, "split at \(split)")
        }
    }

    @Test("TSV uses tabs", .tags(.ingest))
    func tabs() {
        #expect(CSVParser.records(in: "a\tb,c\n", delimiter: UInt8(ascii: "\t")).map(\.fields) == [["a", "b,c"]])
    }
}
