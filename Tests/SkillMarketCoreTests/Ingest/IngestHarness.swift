import Foundation
import SkillMarketCore
import Testing

/// Runs RecordReader + RecordDecoder over bytes and collects everything, in input order.
struct IngestRun: Equatable {
    var postings: [RawPosting] = []
    var issues: [IngestIssue] = []
    var records = 0
    var format: InputFormat?

    var titles: [String] { postings.map(\.title) }

    static func of(
        _ bytes: [UInt8], name: String, chunkSize: Int = .max, options: IngestOptions = IngestOptions()
    ) throws -> IngestRun {
        var run = IngestRun()
        var reader = RecordReader(
            source: MemoryByteSource(bytes, chunkSize: chunkSize), sourceName: name, options: options)
        let decoder = RecordDecoder(options: options)
        while let record = try reader.next() {
            run.records += 1
            for result in decoder.decode(record) {
                switch result {
                case .success(let posting): run.postings.append(posting)
                case .failure(let issue): run.issues.append(issue)
                }
            }
        }
        run.format = reader.format
        return run
    }

    static func of(
        _ text: String, name: String = "t.jsonl", chunkSize: Int = .max, options: IngestOptions = IngestOptions()
    )
        throws -> IngestRun
    {
        try of(Array(text.utf8), name: name, chunkSize: chunkSize, options: options)
    }

    static func fixture(_ name: String, chunkSize: Int = .max, options: IngestOptions = IngestOptions()) throws
        -> IngestRun
    {
        try of(fixtureBytes(name), name: name, chunkSize: chunkSize, options: options)
    }

    static func fixtureBytes(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/ingest/\(name)")
        return Array(try Data(contentsOf: url))
    }
}

extension RawPosting {
    func extra(_ name: String) -> String? {
        extras.first { $0.name == name }?.value
    }
}
