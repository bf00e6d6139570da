import Foundation
import PropertyBased
import SkillMarketCore
import Testing

@Suite("CSV parser properties", .tags(.ingest))
struct CSVPropertyTests {
    @Test("quoting random fields (delimiters, quotes, line breaks) and parsing gives them back")
    func quotedRoundTrip() async {
        await propertyCheck(count: 300, input: Recipe.bytes(upTo: 400), Gen.int(in: 1...32)) { bytes, chunk in
            var recipe = Recipe(bytes)
            let delimiter = recipe.pick([",", ";", "\t"])
            let rows = (0..<(1 + recipe.below(6))).map { _ in
                (0..<(2 + recipe.below(4))).map { _ in
                    recipe.text(from: ["a", " ", ",", ";", "\t", "\"", "\"\"", "\n", "\r\n", "é", "🚀", "x"], maxLength: 6)
                }
            }
            let newline = recipe.pick(["\n", "\r\n"])
            let text = rows.map { row in
                row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: delimiter)
            }.joined(separator: newline) + (recipe.below(2) == 1 ? newline : "")

            var parser = CSVParser(delimiter: UInt8(ascii: Unicode.Scalar(delimiter) ?? ","))
            var records: [CSVRecord] = []
            let utf8 = Array(text.utf8)
            for start in stride(from: 0, to: utf8.count, by: chunk) {
                parser.feed(utf8[start..<min(start + chunk, utf8.count)]) { records.append($0) }
            }
            parser.finish { records.append($0) }
            #expect(records.map(\.fields) == rows)
            #expect(records.map(\.line) == Self.startLines(of: rows, newline: newline))
        }
    }

    @Test("random bytes give the same records whole or in chunks, lines ascending")
    func randomBytes() async {
        await propertyCheck(count: 300, input: Recipe.bytes(upTo: 500), Gen.int(in: 1...16)) { bytes, chunk in
            func records(chunk: Int) -> [CSVRecord] {
                var parser = CSVParser(delimiter: UInt8(ascii: ","), maxRecordBytes: 64)
                var result: [CSVRecord] = []
                for start in stride(from: 0, to: bytes.count, by: chunk) {
                    parser.feed(bytes[start..<min(start + chunk, bytes.count)]) { result.append($0) }
                }
                parser.finish { result.append($0) }
                return result
            }
            let whole = records(chunk: max(bytes.count, 1))
            #expect(records(chunk: chunk) == whole)
            #expect(zip(whole, whole.dropFirst()).allSatisfy { $0.line < $1.line })
        }
    }

    /// 1-based start line of each row: rows before it and the line breaks inside their fields.
    static func startLines(of rows: [[String]], newline: String) -> [Int] {
        var line = 1
        return rows.map { row in
            defer {
                let breaks = row.joined().replacingOccurrences(of: "\r\n", with: "\n")
                line += 1 + breaks.reduce(0) { $0 + ($1 == "\n" || $1 == "\r" ? 1 : 0) }
            }
            return line
        }
    }
}
