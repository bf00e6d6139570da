import Foundation
import SkillMarketCore

// probe FILE [--jobs N] [--taxonomy TSV] [--extract-out PATH] [--report-out PATH]
//
// Reads FILE (JSONL, JSON or CSV; not gzip), extracts every record with the bundled catalogues (or
// the --taxonomy file instead of the bundled taxonomy) on one thread (or, with --jobs N, the CLI's
// parallel pipeline on N workers), detects duplicates, aggregates the all-roles report, and
// optionally writes the `extract` lines and the report JSON.
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
    FileHandle.standardError.write(Data("usage: probe FILE [--jobs N] [--taxonomy TSV] [--extract-out PATH] [--report-out PATH]\n".utf8))
    exit(64)
}

/// Reads a file with `read(2)` in the reader's chunks straight into its buffer, as the CLI's
/// `FileByteSource` does.
struct FileSource: ByteSource {
    let handle: FileHandle

    mutating func read(upTo count: Int) throws -> [UInt8] {
        try chunk(upTo: count)
    }

    mutating func read(into buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        while true {
            let got = Glibc.read(handle.fileDescriptor, buffer.baseAddress, buffer.count)
            if got >= 0 { return got }
            if errno != EINTR { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
    }
}

let taxonomy = try value(of: "--taxonomy").map { try Taxonomy(tsv: String(contentsOfFile: $0, encoding: .utf8)) }
    ?? Taxonomy.bundled()
let extractor = PostingExtractor(
    taxonomy: taxonomy, roles: try RoleCatalogue.bundled(), companies: try CompanyNormalizer.bundled())
guard let handle = FileHandle(forReadingAtPath: path) else {
    FileHandle.standardError.write(Data("probe: cannot open \(path)\n".utf8))
    exit(1)
}

/// Aggregates outcomes (and keeps their `extract` lines when asked), as the CLI's delivery does.
struct Delivery {
    var aggregator = ReportAggregator(options: ReportOptions())
    var lines: [UInt8]?

    mutating func add(_ outcome: RecordOutcome) {
        guard lines != nil else {
            aggregator.count(outcome)
            return
        }
        guard let posting = aggregator.add(outcome).posting else { return }
        var json = JSONWriter()
        posting.writeJSON(to: &json)
        lines? += json.bytes
        lines?.append(UInt8(ascii: "\n"))
    }
}

/// The CLI's parallel pipeline (threads: valgrind 3.19 cannot run it), off the main actor: a main-actor
/// delivery would hop threads for every posting.
nonisolated func runPipeline(jobs: Int, into delivery: Delivery) async throws -> Delivery {
    var delivery = delivery
    let pipeline = ExtractionPipeline(extractor: extractor, options: IngestOptions(), parallelism: jobs)
    try await pipeline.run(
        source: FileSource(handle: handle), sourceName: path, prepare: DuplicateDetector.ChainKey.init(of:),
        arriving: { delivery.aggregator.warm(for: $0) }
    ) { outcome, _ in delivery.add(outcome) }
    return delivery
}

var delivery = Delivery(lines: value(of: "--extract-out") != nil ? [] : nil)
if let jobs = value(of: "--jobs").flatMap(Int.init) {
    delivery = try await runPipeline(jobs: jobs, into: delivery)
} else {
    // One thread, no concurrency runtime: the same read → decode → extract → aggregate steps.
    var reader = RecordReader(source: FileSource(handle: handle), sourceName: path)
    let decoder = RecordDecoder()
    var memo = ExtractionMemo()
    while let record = try reader.next() {
        decoder.decode(record) { decoded in
            switch decoded {
            case .success(let posting): delivery.add(.posting(extractor.extract(posting, memo: &memo)))
            case .failure(let issue): delivery.add(.rejected(issue))
            }
        }
    }
}
let aggregator = delivery.aggregator
let counts = aggregator.counts
print("probe: \(counts.input) read, \(counts.rejected) rejected, \(counts.duplicates) duplicates, \(counts.analyzed) analysed")
if let out = value(of: "--extract-out") { try Data(delivery.lines ?? []).write(to: URL(fileURLWithPath: out)) }
if let out = value(of: "--report-out") {
    try Data((aggregator.report(taxonomy: taxonomy).json() + "\n").utf8).write(to: URL(fileURLWithPath: out))
}
