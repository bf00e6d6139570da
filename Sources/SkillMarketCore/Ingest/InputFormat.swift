/// The shape of an input, detected from its first bytes rather than its name.
public enum InputFormat: Sendable, Equatable {
    /// One JSON value per line (a value may also span lines when pretty-printed).
    case jsonLines
    /// A top-level JSON array whose elements are postings, streamed element by element.
    case jsonArray
    /// A header row then records; `delimiter` is `,`, `;` or a tab.
    case csv(delimiter: UInt8)
    /// One HTML page whose `<script type="application/ld+json">` blocks hold JobPostings.
    case htmlPage

    /// Detects the format from the start of the input (a UTF-8 BOM and whitespace are skipped).
    ///
    /// `{` → JSON lines, `[` → JSON array, `<` → HTML; anything else is CSV whose delimiter is
    /// the most frequent of tab, comma and semicolon (outside quotes) in the first line.
    /// `fileName` only breaks ties: an empty or undecidable prefix of "x.tsv" is tab-separated.
    ///
    ///     InputFormat.detect(prefix: Array("Job Title\tCompany\n".utf8), fileName: nil)  // .csv(9)
    public static func detect(prefix: some Collection<UInt8>, fileName: String?) -> InputFormat {
        var bytes = prefix.makeIterator()
        var first: UInt8?
        var skippedBOM = 0
        var line: [UInt8] = []
        while let byte = bytes.next() {
            if first == nil {
                if skippedBOM < 3, byte == [0xEF, 0xBB, 0xBF][skippedBOM] {
                    skippedBOM += 1
                    continue
                }
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
                first = byte
            }
            if byte == 0x0A { break }
            line.append(byte)
        }
        switch first {
        case UInt8(ascii: "{"): return .jsonLines
        case UInt8(ascii: "["): return .jsonArray
        case UInt8(ascii: "<"): return .htmlPage
        case nil: return fallback(fileName: fileName)
        default: return .csv(delimiter: sniffDelimiter(line, fileName: fileName))
        }
    }

    private static func fallback(fileName: String?) -> InputFormat {
        let name = fileName.map { String($0.utf8.map { $0 | 0x20 }.map { Character(Unicode.Scalar($0)) }) } ?? ""
        if name.hasSuffix(".json") { return .jsonArray }
        if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") { return .jsonLines }
        if name.hasSuffix(".html") || name.hasSuffix(".htm") { return .htmlPage }
        return .csv(delimiter: name.hasSuffix(".tsv") ? 0x09 : UInt8(ascii: ","))
    }

    private static func sniffDelimiter(_ line: [UInt8], fileName: String?) -> UInt8 {
        var tabs = 0
        var commas = 0
        var semicolons = 0
        var inQuotes = false
        for byte in line {
            switch byte {
            case UInt8(ascii: "\""): inQuotes.toggle()
            case 0x09 where !inQuotes: tabs += 1
            case UInt8(ascii: ",") where !inQuotes: commas += 1
            case UInt8(ascii: ";") where !inQuotes: semicolons += 1
            default: break
            }
        }
        if tabs == 0, commas == 0, semicolons == 0, case .csv(let byName) = fallback(fileName: fileName) {
            return byName
        }
        if tabs >= commas, tabs >= semicolons, tabs > 0 { return 0x09 }
        if semicolons > commas { return UInt8(ascii: ";") }
        return UInt8(ascii: ",")
    }
}
