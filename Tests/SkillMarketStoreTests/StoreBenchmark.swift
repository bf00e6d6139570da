import Foundation
import SkillMarketCore
import Testing

/// The store measurement both backends run (opt-in suites `SQLiteBenchmark` and `PostgresBenchmark`):
/// upsert throughput for new and unchanged postings, then filtered-search, facet and scan latency.
///
/// `SKILLMARKET_STORE_BENCH_COUNT` changes the corpus size (default 100,000).
enum StoreBenchmark {
    static let count = Int(ProcessInfo.processInfo.environment["SKILLMARKET_STORE_BENCH_COUNT"] ?? "") ?? 100_000
    static let batchSize = 1_000

    /// Generated postings (seed 2026) through the bundled extractor, with the generator's duplicate links.
    static func corpus() throws -> [StoredPosting] {
        let generator = CorpusGenerator(seed: 2026)
        let extractor = PostingExtractor(
            taxonomy: try Taxonomy.bundled(), roles: try RoleCatalogue.bundled(),
            companies: try CompanyNormalizer.bundled())
        let chunks = 8
        let results = ChunkResults(count: chunks)
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

    /// Measures `store` (empty when called) and prints the figures; `analyze` refreshes the planner's
    /// statistics after the load and returns a note to print with its time (e.g. the file size).
    static func run(on store: any PostingRepository, analyze: () async throws -> String) async throws {
        let clock = ContinuousClock()
        let corpus = try corpus()

        // Upsert: batches of 1,000, one transaction each
        var counts = UpsertCounts()
        let insertTime = try await clock.measure {
            for batch in batches(corpus) {
                let result = try await store.upsert(batch)
                counts.new += result.new
                counts.updated += result.updated
                counts.unchanged += result.unchanged
            }
        }
        #expect(counts.new == corpus.count)
        let reTime = try await clock.measure {
            for batch in batches(corpus) {
                let result = try await store.upsert(batch)
                #expect(result.new == 0 && result.updated == 0)
            }
        }
        var note = ""
        let analyzeTime = try await clock.measure { note = try await analyze() }
        report("upsert new", corpus.count, insertTime)
        report("re-upsert unchanged", corpus.count, reTime)
        print("ANALYZE: \(format(milliseconds(analyzeTime))) ms \(note)")

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

    private static func batches(_ corpus: [StoredPosting]) -> [[StoredPosting]] {
        stride(from: 0, to: corpus.count, by: batchSize).map { Array(corpus[$0..<min($0 + batchSize, corpus.count)]) }
    }

    private static func latency(
        _ label: String, _ queries: [PostingQuery], _ run: (PostingQuery) async throws -> Void
    ) async throws {
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
        print(
            "\(label): n=\(times.count) p50 \(format(median)) ms, p99 \(format(p99)) ms,"
                + " max \(format(times.last ?? 0)) ms")
    }

    private static func report(_ label: String, _ count: Int, _ duration: Duration) {
        let seconds = milliseconds(duration) / 1_000
        print("\(label): \(count) postings in \(format(seconds)) s = \(Int(Double(count) / seconds)) postings/s")
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
    }

    private static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}

/// Results of `concurrentPerform` chunks; NSLock guards every access, so sharing across threads is safe.
private final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var chunks: [[StoredPosting]]

    init(count: Int) { chunks = Array(repeating: [], count: count) }

    func set(_ index: Int, _ value: [StoredPosting]) { lock.withLock { chunks[index] = value } }

    var all: [StoredPosting] { lock.withLock { chunks.flatMap { $0 } } }
}
