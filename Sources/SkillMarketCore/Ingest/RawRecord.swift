/// One record split off the input but not yet decoded: cheap to produce sequentially, decoded
/// in parallel by `RecordDecoder`.
public struct RawRecord: Sendable, Equatable {
    public enum Payload: Sendable, Equatable {
        /// The bytes of one JSON value (an object per line, or one array element): a slice of the
        /// reader's input chunk, shared rather than copied (no allocation per record; the chunk is
        /// freed with its last record).
        case json(ArraySlice<UInt8>)
        /// One CSV row; `header` is shared by every row of the input.
        case csv(header: CSVHeader, fields: [String])
        /// A whole HTML page.
        case html([UInt8])
        /// The reader already knows the record is bad (e.g. too large); it was skipped.
        case rejected(IngestIssue.Problem)
    }

    /// "jobs.jsonl" or "<stdin>".
    public var source: String
    /// 1-based line where the record starts.
    public var line: Int
    public var payload: Payload

    public init(source: String, line: Int, payload: Payload) {
        self.source = source
        self.line = line
        self.payload = payload
    }
}

/// The header row of a CSV input, with each column resolved to a posting field once.
public struct CSVHeader: Sendable, Equatable {
    public let names: [String]
    public let targets: [FieldTarget]

    public init(names: [String], resolver: FieldResolver) {
        self.names = names.enumerated().map { index, name in
            index == 0 && name.allSatisfy(\.isWhitespace) ? "row" : name
        }
        self.targets = self.names.map { resolver.target(for: $0) }
    }
}
