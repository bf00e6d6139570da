import SkillMarketCore

/// Any text → `HTMLText.plainText` must not crash nor grow the text more than threefold; HTML
/// pages also go through the ingest path (JSON-LD scripts). That script bodies never come
/// through is a property test on well-formed pages (arbitrary prefixes like "<scrip" make a
/// following `<script>` part of another tag, as in browsers).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTML(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let html = String(decoding: bytes, as: UTF8.self)
    let text = HTMLText.plainText(from: html)
    precondition(text.utf8.count <= 3 * html.utf8.count + 3, "plain text grew from \(html.utf8.count) to \(text.utf8.count)")
    let options = IngestOptions(format: .htmlPage, chunkSize: 11)
    var reader = RecordReader(source: MemoryByteSource(bytes, chunkSize: 11), sourceName: "fuzz", options: options)
    let decoder = RecordDecoder(options: options)
    while let record = try? reader.next() { _ = decoder.decode(record) }
    return 0
}
