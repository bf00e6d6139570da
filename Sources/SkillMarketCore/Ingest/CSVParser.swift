/// One CSV/TSV record: its fields and the 1-based line it starts on.
public struct CSVRecord: Sendable, Equatable {
    public var line: Int
    public var fields: [String]
    /// Set when the record was skipped (e.g. `.tooLarge`); `fields` is then empty.
    public var problem: IngestIssue.Problem?

    public init(line: Int, fields: [String], problem: IngestIssue.Problem? = nil) {
        self.line = line
        self.fields = fields
        self.problem = problem
    }
}

/// A streaming RFC 4180 parser: feed it byte chunks, it emits complete records.
///
/// Quoted fields may hold delimiters, doubled quotes and line breaks; CRLF and LF both end a
/// record; a UTF-8 byte-order mark at the very start is skipped; invalid UTF-8 is repaired
/// with U+FFFD. Memory is bounded by the longest record, not the input: a record longer than
/// `maxRecordBytes` is dropped, reported as a record with `problem: .tooLarge`, and parsing
/// resumes (outside quotes) at the next line break.
///
///     var parser = CSVParser(delimiter: UInt8(ascii: ","))
///     parser.feed(Array("a,\"b\nc\"\n".utf8)) { print($0.fields) }  // ["a", "b\nc"]
public struct CSVParser: Sendable {
    public let delimiter: UInt8
    private var field: [UInt8] = []
    private var fields: [String] = []
    private var inQuotes = false
    private var quoteJustClosed = false
    private var afterCR = false
    private var line = 1
    private var recordLine = 1
    private var atStart = true
    private var bomProgress = 0
    private var recordHasContent = false
    private var recordBytes = 0
    private var skipping = false
    public let maxRecordBytes: Int

    public init(delimiter: UInt8 = UInt8(ascii: ","), maxRecordBytes: Int = .max) {
        self.delimiter = delimiter
        self.maxRecordBytes = maxRecordBytes
    }

    /// Parses the next chunk; `emit` runs once for each record completed inside it.
    public mutating func feed(_ bytes: some Sequence<UInt8>, emit: (CSVRecord) -> Void) {
        for byte in bytes {
            if atStart {
                let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
                if byte == bom[bomProgress] {
                    bomProgress += 1
                    if bomProgress == 3 { atStart = false }
                    continue
                }
                atStart = false
                let partial = bom.prefix(bomProgress)
                bomProgress = 0
                for pending in partial { consume(pending, emit: emit) }
            }
            consume(byte, emit: emit)
        }
    }

    /// Ends the input, emitting a last record that had no line break after it.
    public mutating func finish(emit: (CSVRecord) -> Void) {
        if skipping {
            skipping = false
            emit(CSVRecord(line: recordLine, fields: [], problem: .tooLarge(limit: maxRecordBytes)))
        } else if recordHasContent || !fields.isEmpty || !field.isEmpty {
            endRecord(emit: emit)
        }
    }

    /// Every record of a whole text (for tests and small inputs).
    public static func records(in text: String, delimiter: UInt8 = UInt8(ascii: ",")) -> [CSVRecord] {
        var parser = CSVParser(delimiter: delimiter)
        var result: [CSVRecord] = []
        parser.feed(text.utf8) { result.append($0) }
        parser.finish { result.append($0) }
        return result
    }

    private mutating func consume(_ byte: UInt8, emit: (CSVRecord) -> Void) {
        let quote = UInt8(ascii: "\"")
        let newline = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        if afterCR {
            afterCR = false
            if byte == newline { return }
        }
        if skipping {
            guard byte == newline || byte == carriageReturn else { return }
            skipping = false
            afterCR = byte == carriageReturn
            emit(CSVRecord(line: recordLine, fields: [], problem: .tooLarge(limit: maxRecordBytes)))
            line += 1
            recordLine = line
            return
        }
        recordBytes += 1
        if recordBytes > maxRecordBytes {
            field.removeAll()
            fields.removeAll()
            recordHasContent = false
            inQuotes = false
            quoteJustClosed = false
            recordBytes = 0
            skipping = true
            return
        }
        if inQuotes {
            if byte == quote {
                inQuotes = false
                quoteJustClosed = true
            } else {
                if byte == newline { line += 1 }
                field.append(byte)
            }
            return
        }
        if byte == quote {
            if quoteJustClosed { field.append(quote) }  // "" inside a quoted field
            inQuotes = true
            quoteJustClosed = false
            recordHasContent = true
            return
        }
        quoteJustClosed = false
        switch byte {
        case delimiter:
            endField()
            recordHasContent = true
        case newline, carriageReturn:
            afterCR = byte == carriageReturn
            if recordHasContent || !field.isEmpty { endRecord(emit: emit) }
            recordBytes = 0
            line += 1
            recordLine = line
        default:
            field.append(byte)
            recordHasContent = true
        }
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
    }

    private mutating func endRecord(emit: (CSVRecord) -> Void) {
        endField()
        emit(CSVRecord(line: recordLine, fields: fields))
        fields.removeAll(keepingCapacity: true)
        recordHasContent = false
        recordBytes = 0
        inQuotes = false
        quoteJustClosed = false
    }
}
