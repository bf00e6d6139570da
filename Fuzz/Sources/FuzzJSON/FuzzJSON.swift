import SkillMarketCore

/// Any bytes → `JSONParser` and the whole ingest path (`RecordReader` in 7-byte chunks with a
/// small record limit, then `RecordDecoder`) must not crash; a value that parses must reparse
/// from its own compact text to itself, and every issue names a line inside the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if case .success(let value) = JSONParser.parse(bytes) {
        precondition(JSONParser.parse(value.compactText) == .success(value), "compact text does not reparse")
    }
    let options = IngestOptions(maxRecordBytes: 4096, maxDepth: 64, format: nil, chunkSize: 7)
    var reader = RecordReader(source: MemoryByteSource(bytes, chunkSize: 7), sourceName: "fuzz", options: options)
    let decoder = RecordDecoder(options: options)
    // Detection may pick CSV, which also breaks lines at a lone CR: count both as an upper bound.
    let lines = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
    while let record = try? reader.next() {
        precondition((1...lines).contains(record.line), "record line \(record.line) outside 1...\(lines)")
        for case .failure(let issue) in decoder.decode(record) {
            precondition(issue.line >= 1 && issue.line <= lines, "issue line \(issue.line) outside 1...\(lines)")
        }
    }
    return 0
}
