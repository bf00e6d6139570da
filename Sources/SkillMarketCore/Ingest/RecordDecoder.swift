/// Decodes records into postings. Pure and `Sendable`: records may be decoded on any thread
/// (in any order; results depend only on the record).
///
/// One record can give several postings (a JSON-LD `@graph`, an HTML page with several
/// `JobPosting` scripts) or an issue naming source and line: `.invalidJSON(detail)`,
/// `.notAnObject`, `.missingField("title")`, `.missingField("JobPosting")` (JSON-LD or a page
/// without any posting), or the reader's own `.tooLarge`.
public struct RecordDecoder: Sendable {
    public let options: IngestOptions
    let resolver: FieldResolver

    public init(options: IngestOptions = IngestOptions()) {
        self.options = options
        self.resolver = FieldResolver(fieldMap: options.fieldMap)
    }

    /// Every posting (or issue) of `record`, in order; ``decode(_:forEach:)`` without the array.
    public func decode(_ record: RawRecord) -> [Result<RawPosting, IngestIssue>] {
        var results: [Result<RawPosting, IngestIssue>] = []
        decode(record) { results.append($0) }
        return results
    }

    /// Calls `body` with every posting (or issue) of `record`, in order.
    public func decode(_ record: RawRecord, forEach body: (Result<RawPosting, IngestIssue>) throws -> Void) rethrows {
        if let only = decodedSingle(record) { return try body(only) }
        func issue(_ problem: IngestIssue.Problem, line: Int = record.line) -> Result<RawPosting, IngestIssue> {
            Self.issue(problem, in: record, line: line)
        }
        switch record.payload {
        case .rejected, .csv:
            return  // single results, given above
        case .json(let bytes):
            switch JSONParser.parse(contentsOf: bytes, maxDepth: options.maxDepth) {
            case .failure(let error): try body(issue(.invalidJSON(Self.detail(error, firstLine: record.line))))
            case .success(let value):
                for outcome in decode(value) {
                    switch outcome {
                    case .posting(let posting): try body(.success(posting))
                    case .problem(let problem): try body(issue(problem))
                    }
                }
            }
        case .html(let bytes):
            var reported = false
            for script in LDJSONScripts.blocks(in: bytes, firstLine: record.line) {
                switch JSONParser.parse(script.bytes, maxDepth: options.maxDepth) {
                case .failure(let error):
                    reported = true
                    try body(issue(.invalidJSON(Self.detail(error, firstLine: script.line)), line: script.line))
                case .success(let value):
                    for posting in JobPostingLD.postings(in: value) {
                        reported = true
                        try body(
                            map(jobPosting: posting).map(Result.success)
                                ?? issue(.missingField("title"), line: script.line))
                    }
                }
            }
            if !reported { try body(issue(.missingField("JobPosting"))) }
        }
    }

    /// The result of a record that has exactly one: a rejected record, a CSV row, or one flat JSON
    /// object (the common record), returned without an array or a closure (a caller's closure that
    /// extracts has to copy its extractor for every call); `nil` for the others, which
    /// ``decode(_:forEach:)`` handles.
    public func decodedSingle(_ record: RawRecord) -> Result<RawPosting, IngestIssue>? {
        switch record.payload {
        case .rejected(let problem):
            return Self.issue(problem, in: record)
        case .csv(let header, let fields):
            return decodeRow(header: header, fields: fields).map(Result.success)
                ?? Self.issue(.missingField("title"), in: record)
        case .json(let bytes):
            var builder = PostingBuilder()
            guard decodesFlatObject(bytes, into: &builder) else { return nil }
            // Built straight into the result: no copy of the posting (17 retains and releases).
            if let posting = builder.build() { return .success(posting) }
            return Self.issue(.missingField("title"), in: record)
        case .html:
            return nil
        }
    }

    private static func issue(
        _ problem: IngestIssue.Problem, in record: RawRecord, line: Int? = nil
    ) -> Result<RawPosting, IngestIssue> {
        .failure(IngestIssue(source: record.source, line: line ?? record.line, problem: problem))
    }

    /// Fills `builder` from a record that is one flat object; false when the record needs the
    /// general path (see `JSONCursor.decodeFlatObject`; the builder is then to be dropped).
    private func decodesFlatObject(_ bytes: ArraySlice<UInt8>, into builder: inout PostingBuilder) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var cursor = JSONCursor(bytes: buffer, maxDepth: options.maxDepth)
            return cursor.decodeFlatObject(resolver: resolver, into: &builder)
        }
    }

    enum Outcome {
        case posting(RawPosting)
        case problem(IngestIssue.Problem)
    }

    /// Postings of one parsed JSON record, or the problem with it.
    func decode(_ value: JSONValue) -> [Outcome] {
        let ldPostings = JobPostingLD.postings(in: value)
        if !ldPostings.isEmpty {
            return ldPostings.map { map(jobPosting: $0).map(Outcome.posting) ?? .problem(.missingField("title")) }
        }
        guard case .object(let members) = value else { return [.problem(.notAnObject)] }
        if JobPostingLD.isLinkedData(members) { return [.problem(.missingField("JobPosting"))] }
        return [mapPlain(members).map(Outcome.posting) ?? .problem(.missingField("title"))]
    }

    private func decodeRow(header: CSVHeader, fields: [String]) -> RawPosting? {
        var builder = PostingBuilder()
        for (index, field) in fields.enumerated() {
            if index < header.targets.count {
                builder.add(header.names[index], field, as: header.targets[index])
            } else {
                builder.add("column \(index + 1)", field, as: .extra)
            }
        }
        return builder.build()
    }

    /// "unterminated string at column 57", with the absolute line when past the record's first.
    static func detail(_ error: JSONParseError, firstLine: Int) -> String {
        error.line > 1
            ? "\(error.reason) at line \(firstLine + error.line - 1) column \(error.column)"
            : "\(error.reason) at column \(error.column)"
    }
}
