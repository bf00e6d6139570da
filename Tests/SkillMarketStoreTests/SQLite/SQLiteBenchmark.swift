import Foundation
import SkillMarketCore
import SkillMarketStore
import Testing

/// Throughput and latency of the SQLite store on 100,000 generated postings.
///
/// Skipped unless `SKILLMARKET_STORE_BENCH=1`; run in release:
/// `SKILLMARKET_STORE_BENCH=1 swift test -c release --filter SQLiteBenchmark`.
@Suite(
    .enabled(if: ProcessInfo.processInfo.environment["SKILLMARKET_STORE_BENCH"] == "1", "set SKILLMARKET_STORE_BENCH=1")
)
struct SQLiteBenchmark {
    static let count = Int(ProcessInfo.processInfo.environment["SKILLMARKET_STORE_BENCH_COUNT"] ?? "") ?? 100_000
    static let batchSize = 1_000

    static func corpus() throws -> [StoredPosting] {
        let generator = CorpusGenerator(seed: 2026)
        let extractor = PostingExtractor(
            taxonomy: try Taxonomy.bundled(), roles: try RoleCatalogue.bundled(),
            companies: try CompanyNormalizer.bundled())
        let chunks = 8
        let results = ResultBox(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let range = (count * chunk / chunks)..<(count * (chunk + 1) / chunks)
            let stored = generator.makePostings(range).map { generated in
                var facts = extractor.extract(generated.raw)
                facts.duplicateOf = generated.truth.duplicateOf
                return StoredPosting(
                    facts: facts, description: generated.raw.description ?? "", url: generated.raw.url,
                    source: generated.raw.source)
            }
            results.set(chunk, stored)
        }
        return results.all
    }

    @Test("100k postings: upsert throughput and filtered search latency")
    func measure() async throws {
        let clock = ContinuousClock()
        let corpus = try Self.corpus()
        let kept = ProcessInfo.processInfo.environment["SKILLMARKET_STORE_BENCH_KEEP"]
        let path = kept ?? temporaryDatabasePath()
        defer { if kept == nil { removeDatabase(path) } }
        let store = try SQLiteRepository(path: path)

        // Upsert: batches of 1,000, one transaction each
        var counts = UpsertCounts()
        let insertTime = try await clock.measure {
            for start in stride(from: 0, to: corpus.count, by: Self.batchSize) {
                let batch = Array(corpus[start..<min(start + Self.batchSize, corpus.count)])
                let result = try await store.upsert(batch)
                counts.new += result.new
                counts.updated += result.updated
                counts.unchanged += result.unchanged
            }
        }
        #expect(counts.new == corpus.count)
        let reTime = try await clock.measure {
            for start in stride(from: 0, to: corpus.count, by: Self.batchSize) {
                let result = try await store.upsert(Array(corpus[start..<min(start + Self.batchSize, corpus.count)]))
                #expect(result.new == 0 && result.updated == 0)
            }
        }
        let analyzeTime = try await clock.measure { try await store.optimize() }
        report("upsert new", corpus.count, insertTime)
        report("re-upsert unchanged", corpus.count, reTime)
        print("ANALYZE: \(milliseconds(analyzeTime)) ms; file \(fileSize(path) / 1_000_000) MB")

        // Filtered search: role + skill + country, values drawn from the data's own facets
        let facets = try await store.facets(matching: PostingQuery())
        let roles = facets.roles.prefix(8).map { RoleSlug($0.value) }
        let skills = facets.skills.prefix(15).map { SkillName($0.value) }
        let countries = facets.countries.prefix(4).compactMap { CountryCode($0.value) }
        let queries = (0..<200).map { index in
            PostingQuery(
                role: roles[index % roles.count], skills: [skills[(index / 3) % skills.count]],
                country: countries[(index / 7) % countries.count])
        }
        try await latency("search role+skill+country (page of 20 + total)", queries) {
            _ = try await store.postings(matching: $0)
        }
        try await latency("facets role+skill+country", Array(queries.prefix(50))) {
            _ = try await store.facets(matching: $0)
        }
        let words = ["python", "data", "remote", "senior engineer", "kubernetes", "machine learning"]
        let textQueries = (0..<200).map {
            PostingQuery(text: words[$0 % words.count], country: countries[$0 % countries.count])
        }
        try await latency("search q+country", textQueries) { _ = try await store.postings(matching: $0) }
        try await latency("facets unfiltered", [PostingQuery()]) { _ = try await store.facets(matching: $0) }
        var visited = 0
        let scanTime = try await clock.measure {
            try await store.forEachPosting(matching: PostingQuery()) { _ in visited += 1 }
        }
        report("forEachPosting", visited, scanTime)
    }

    private func latency(_ label: String, _ queries: [PostingQuery], _ run: (PostingQuery) async throws -> Void)
        async throws
    {
        let clock = ContinuousClock()
        var times: [Double] = []
        for query in queries {
            let start = clock.now
            try await run(query)
            times.append(milliseconds(clock.now - start))
        }
        times.sort()
        let median = times[times.count / 2]
        let p99 = times[min(times.count - 1, Int(Double(times.count) * 0.99))]
        let maximum = format(times.last ?? 0)
        print("\(label): n=\(times.count) median \(format(median)) ms, p99 \(format(p99)) ms, max \(maximum) ms")
    }

    private func report(_ label: String, _ count: Int, _ duration: Duration) {
        let seconds = milliseconds(duration) / 1_000
        print("\(label): \(count) postings in \(format(seconds)) s = \(Int(Double(count) / seconds)) postings/s")
    }

    private func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }

    private func fileSize(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
    }
}

/// Results of `concurrentPerform` chunks; each index is written by one iteration only, under the lock.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[StoredPosting]]

    init(count: Int) { chunks = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [StoredPosting]) { lock.withLock { chunks[index] = value } }

    var all: [StoredPosting] { lock.withLock { chunks.flatMap { $0 } } }
}
