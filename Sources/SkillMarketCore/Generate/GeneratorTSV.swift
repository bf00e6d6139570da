import Foundation

/// One tab-separated vocabulary file: a header row, then rows; `#` lines and blank lines are skipped.
struct GeneratorTSV: Sendable {
    struct Row: Sendable {
        let line: Int
        let fields: [String]
    }

    let file: String
    let header: [String]
    let rows: [Row]

    init(file: String, text: String) throws(GeneratorDataError) {
        self.file = file
        var header: [String]?
        var rows: [Row] = []
        for (number, line) in TextFileLines.lines(of: text) {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = TextFileLines.cells(of: line).map(String.init)
            if header == nil { header = fields } else { rows.append(Row(line: number, fields: fields)) }
        }
        guard let header else { throw GeneratorDataError(file: file, line: 0, message: "no header row") }
        self.header = header
        self.rows = rows
    }

    /// Reads `Resources/generator/<name>` from the module bundle.
    static func bundled(_ name: String) throws(GeneratorDataError) -> GeneratorTSV {
        let base = (name as NSString).deletingPathExtension
        guard
            let url = Bundle.module.url(forResource: base, withExtension: "tsv", subdirectory: "Resources/generator"),
            let data = try? Data(contentsOf: url)
        else { throw GeneratorDataError(file: name, line: 0, message: "missing from the bundle") }
        return try GeneratorTSV(file: name, text: String(decoding: data, as: UTF8.self))
    }

    func column(_ name: String) throws(GeneratorDataError) -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw GeneratorDataError(file: file, line: 1, message: "no column \"\(name)\"")
        }
        return index
    }

    /// The text of `column` in `row`; empty when the row is short (trailing empty fields).
    func text(_ row: Row, _ column: Int) -> String {
        column < row.fields.count ? row.fields[column] : ""
    }

    func number(_ row: Row, _ column: Int) throws(GeneratorDataError) -> Double {
        guard let value = Double(TextFileLines.trimmed(text(row, column))) else {
            throw GeneratorDataError(
                file: file, line: row.line, message: "\(header[column]) \"\(text(row, column))\" is not a number")
        }
        return value
    }
}
