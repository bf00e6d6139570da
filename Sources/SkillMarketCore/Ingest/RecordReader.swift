import Foundation

/// Splits an input into records, sequentially and cheaply; `RecordDecoder` turns each record
/// into postings (that part is pure and can run in parallel).
///
/// The format is detected from the first bytes (or forced by `IngestOptions.format`). Memory
/// stays bounded by the largest record: a JSON array is streamed element by element, and a
/// record over `maxRecordBytes` is skipped (`.rejected(.tooLarge)`), reading resumes at the
/// next line. Bad records are returned as records too, so issues come out in input order.
///
///     var reader = RecordReader(source: MemoryByteSource("{\"title\":\"A\"}\n"), sourceName: "a.jsonl")
///     while let record = try reader.next() { … RecordDecoder().decode(record) … }
public struct RecordReader<Source: ByteSource> {
    public let sourceName: String
    public let options: IngestOptions
    /// The detected (or forced) format; `nil` until the first `next()`.
    public private(set) var format: InputFormat?

    var source: Source
    var buffer: [UInt8] = []
    var head = 0
    var atEnd = false
    /// 1-based line of `buffer[head]`.
    var line = 1
    var inArray = false
    private var csv: CSVState?
    private var finished = false

    public init(source: Source, sourceName: String, options: IngestOptions = IngestOptions()) {
        self.source = source
        self.sourceName = sourceName
        self.options = options
    }

    /// The next record, or `nil` at the end of the input. Throws only what the source throws.
    public mutating func next() throws -> RawRecord? {
        if finished { return nil }
        let format = try detectedFormat()
        let record: RawRecord?
        switch format {
        case .jsonLines, .jsonArray: record = try nextJSON()
        case .csv(let delimiter): record = try nextCSV(delimiter: delimiter)
        case .htmlPage: record = try nextHTML()
        }
        // Not `record == nil`: that is the Equatable `==`, which copies the record (its retains and
        // releases, ~400 instructions a record) before destroying the original.
        if case .none = record { finished = true }
        return record
    }

    private mutating func detectedFormat() throws -> InputFormat {
        if let format { return format }
        if let forced = options.format {
            format = forced
            return forced
        }
        while !atEnd, buffer.count < 64 << 10, !hasContentLine() { try fill() }
        let detected = InputFormat.detect(prefix: buffer, fileName: sourceName)
        format = detected
        return detected
    }

    /// True once the buffer holds a line break after some non-whitespace byte.
    private func hasContentLine() -> Bool {
        var seenContent = false
        for byte in buffer {
            if byte == 0x0A, seenContent { return true }
            if !IngestText.isSpace(byte) { seenContent = true }
        }
        return false
    }

    /// Reads the next chunk of the source behind the unconsumed bytes: a new buffer starts with
    /// those (usually the start of one line) and the source writes the chunk straight into the rest,
    /// so input is not copied from a chunk onto the buffer. A chunk is at least as long as what is
    /// kept, so a record spanning many chunks is moved a bounded number of times. While what is kept
    /// fits in a sixteenth of a chunk (the usual unfinished line), every buffer has the same size, so
    /// the allocator hands a freed one out again whole. Returns false
    /// (and sets `atEnd`) when the source is exhausted; the buffer is unchanged then, and when the
    /// source throws.
    @discardableResult
    mutating func fill() throws -> Bool {
        if atEnd { return false }
        let kept = buffer[head...]
        let chunk = max(options.chunkSize, 1)
        let slack = chunk / 16
        let capacity = kept.count <= slack ? chunk + slack : kept.count + max(chunk, kept.count)
        var got = 0
        let filled = try [UInt8](unsafeUninitializedCapacity: capacity) { bytes, count in
            count = kept.withUnsafeBufferPointer { bytes.initialize(fromContentsOf: $0) }
            got = try source.read(into: UnsafeMutableBufferPointer(rebasing: bytes[count...]))
            count += got
        }
        if got == 0 {
            atEnd = true
            return false
        }
        buffer = filled
        head = 0
        return true
    }

    func rejected(_ problem: IngestIssue.Problem, line: Int) -> RawRecord {
        RawRecord(source: sourceName, line: line, payload: .rejected(problem))
    }

    // MARK: CSV

    private struct CSVState {
        var parser: CSVParser
        var header: CSVHeader?
        var pending: [CSVRecord] = []
        var nextPending = 0
    }

    private mutating func nextCSV(delimiter: UInt8) throws -> RawRecord? {
        if csv == nil {
            var parser = CSVParser(delimiter: delimiter, maxRecordBytes: options.maxRecordBytes)
            var pending: [CSVRecord] = []
            parser.feed(buffer[head...]) { pending.append($0) }
            buffer = []
            head = 0
            csv = CSVState(parser: parser, pending: pending)
        }
        guard var state = csv else { return nil }
        defer { csv = state }
        while true {
            while state.nextPending < state.pending.count {
                let record = state.pending[state.nextPending]
                state.nextPending += 1
                if let problem = record.problem { return rejected(problem, line: record.line) }
                guard let header = state.header else {
                    state.header = CSVHeader(names: record.fields, resolver: FieldResolver(fieldMap: options.fieldMap))
                    continue
                }
                return RawRecord(
                    source: sourceName, line: record.line, payload: .csv(header: header, fields: record.fields))
            }
            state.pending.removeAll(keepingCapacity: true)
            state.nextPending = 0
            if atEnd { return nil }
            let chunk = try source.read(upTo: options.chunkSize)
            if chunk.isEmpty {
                atEnd = true
                state.parser.finish { state.pending.append($0) }
            } else {
                state.parser.feed(chunk) { state.pending.append($0) }
            }
        }
    }

    // MARK: HTML

    private mutating func nextHTML() throws -> RawRecord? {
        guard !atEnd || head < buffer.count else { return nil }
        repeat {
            if buffer.count - head > options.maxRecordBytes {
                while !(try source.read(upTo: options.chunkSize)).isEmpty {}
                atEnd = true
                buffer = []
                head = 0
                return rejected(.tooLarge(limit: options.maxRecordBytes), line: 1)
            }
        } while try fill()
        let page = Array(buffer[head...])
        buffer = []
        head = 0
        return RawRecord(source: sourceName, line: 1, payload: .html(page))
    }
}
