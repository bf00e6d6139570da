import Foundation
import SkillMarketCore

// probe FILE [--jobs N] [--extract-out PATH] [--report-out PATH]
//
// Reads FILE (JSONL, JSON or CSV; not gzip), extracts every record with the bundled catalogues on
// one thread (or, with --jobs N, the CLI's parallel pipeline on N workers), detects duplicates,
// aggregates the all-roles report, and optionally writes the `extract` lines and the report JSON.
// Per-posting instruction cost: run it under callgrind on N and on 1 postings and divide the
// difference by N − 1 (the one-posting run carries the catalogue loading).

let arguments = CommandLine.arguments.dropFirst()
func value(of flag: String) -> String? {
    guard let index = arguments.firstIndex(of: flag), arguments.index(after: index) < arguments.endIndex else {
        return nil
    }
    return arguments[arguments.index(after: index)]
}
guard let path = arguments.first, !path.hasPrefix("--") else {
    FileHandle.standardError.write(Data("usage: probe FILE [--jobs N] [--extract-out PATH] [--report-out PATH]\n".utf8))
    exit(64)
}

/// Reads a file in 1 MiB chunks, as the CLI's file source does.
struct FileSource: ByteSource {
    let handle: FileHandle
    mutating func read(upTo count: Int) throws -> [UInt8] {
        guard let data = try handle.read(upToCount: count) else { return [] }
        return [UInt8](data)
    }
}

let taxonomy = try Taxonomy.bundled()
let extractor = PostingExtractor(
    taxonomy: taxonomy, roles: try RoleCatalogue.bundled(), companies: try CompanyNormalizer.bundled())
var aggregator = ReportAggregator(options: ReportOptions())
var extractLines: [UInt8] = []
let keepsLines = value(of: "--extract-out") != nil
guard let handle = FileHandle(forReadingAtPath: path) else {
    FileHandle.standardError.write(Data("probe: cannot open \(path)\n".utf8))
    exit(1)
}

/// Aggregates one outcome (and keeps its `extract` line when asked), as the CLI's delivery does.
@MainActor func deliver(_ outcome: RecordOutcome) {
    let (posting, _) = aggregator.add(outcome)
    guard keepsLines, let posting else { return }
    var json = JSONWriter()
    posting.writeJSON(to: &json)
    extractLines += json.bytes
    extractLines.append(UInt8(ascii: "\n"))
}

if let jobs = value(of: "--jobs").flatMap(Int.init) {
    // The CLI's parallel pipeline (threads: valgrind 3.19 cannot run it).
    let pipeline = ExtractionPipeline(extractor: extractor, options: IngestOptions(), parallelism: jobs)
    try await pipeline.run(source: FileSource(handle: handle), sourceName: path) { deliver($0) }
} else {
    // One thread, no concurrency runtime: the same read → decode → extract → aggregate steps.
    var reader = RecordReader(source: FileSource(handle: handle), sourceName: path)
    let decoder = RecordDecoder()
    while let record = try reader.next() {
        for decoded in decoder.decode(record) {
            switch decoded {
            case .success(let posting): deliver(.posting(extractor.extract(posting)))
            case .failure(let issue): deliver(.rejected(issue))
            }
        }
    }
}
let counts = aggregator.counts
print("probe: \(counts.input) read, \(counts.rejected) rejected, \(counts.duplicates) duplicates, \(counts.analyzed) analysed")
if let out = value(of: "--extract-out") { try Data(extractLines).write(to: URL(fileURLWithPath: out)) }
if let out = value(of: "--report-out") {
    try Data((aggregator.report(taxonomy: taxonomy).json() + "\n").utf8).write(to: URL(fileURLWithPath: out))
}
