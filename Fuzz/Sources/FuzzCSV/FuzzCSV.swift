import SkillMarketCore

/// Any bytes → `CSVParser` must not crash, give the same records fed whole or in 3-byte chunks,
/// and keep record lines ascending and inside the input; then the ingest path reads them as CSV.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let delimiter = bytes.first.map { [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09][Int($0) % 3] } ?? UInt8(ascii: ",")
    let whole = records(bytes, delimiter: delimiter, chunk: max(bytes.count, 1))
    precondition(records(bytes, delimiter: delimiter, chunk: 3) == whole, "chunking changed the records")
    let lines = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
    var previous = 0
    for record in whole {
        precondition(record.line > previous && record.line <= lines, "record line \(record.line) out of order")
        previous = record.line
    }
    let options = IngestOptions(maxRecordBytes: 256, format: .csv(delimiter: delimiter), chunkSize: 5)
    var reader = RecordReader(source: MemoryByteSource(bytes, chunkSize: 5), sourceName: "fuzz", options: options)
    let decoder = RecordDecoder(options: options)
    while let record = try? reader.next() { _ = decoder.decode(record) }
    return 0
}

private func records(_ bytes: [UInt8], delimiter: UInt8, chunk: Int) -> [CSVRecord] {
    var parser = CSVParser(delimiter: delimiter, maxRecordBytes: 256)
    var result: [CSVRecord] = []
    var start = 0
    while start < bytes.count {
        let end = min(start + chunk, bytes.count)
        parser.feed(bytes[start..<end]) { result.append($0) }
        start = end
    }
    parser.finish { result.append($0) }
    return result
}
