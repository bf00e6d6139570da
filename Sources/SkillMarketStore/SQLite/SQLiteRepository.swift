import Foundation
import GRDB
import SkillMarketCore

/// The embedded store: one SQLite file (WAL mode) through GRDB, or an in-memory database for tests.
///
/// Reads run concurrently with a write (file databases); each `upsert` batch is one transaction. Searches
/// and facets are answered from an in-memory `ListingIndex` of the store's current generation (rebuilt on
/// the first read after a change), their rows then read by key and kept for that generation
/// (a `GenerationCache` of rows by `seq`, at most 16,384); facets are also cached per filter.
public struct SQLiteRepository: PostingRepository {
    let writer: any DatabaseWriter
    private let listing = ListingIndexCache()
    private let facetCache = GenerationCache<FilterKey, Facets>(capacity: 4_096)
    private let pageRows = GenerationCache<Int64, StoredPosting>(capacity: 16_384)

    /// A facet query's filter, as SQL text and arguments.
    private struct FilterKey: Hashable, Sendable {
        var sql: String
        var arguments: StatementArguments
    }

    /// Opens (creating if needed) the database at `path` and applies pending migrations.
    ///
    /// WAL journal, `synchronous = NORMAL` (a power loss may drop the last committed batches, never corrupt),
    /// 16 KiB pages for new files (a quarter of the write calls of 4 KiB pages: ingest's SQL work 10 % faster),
    /// a 64 MiB page cache per connection, reads through `mmap` (up to 1 GiB), and a checkpoint every
    /// 4,096 WAL pages (64 MiB) instead of 1,000: a checkpoint (with its fsync) after each small batch took a
    /// third of the ingest time. Two readers per core: a slow query (a cache miss) doesn't hold up the cached
    /// answers queued behind it.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.maximumReaderCount = max(2, 2 * ProcessInfo.processInfo.activeProcessorCount)
        configuration.prepareDatabase { db in
            try db.execute(
                sql: """
                    PRAGMA page_size = 16384; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;
                    PRAGMA mmap_size = 1073741824; PRAGMA wal_autocheckpoint = 4096
                    """)
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try SQLiteMigrations.migrator.migrate(pool)
        writer = pool
    }

    private init(writer: any DatabaseWriter) throws {
        try SQLiteMigrations.migrator.migrate(writer)
        self.writer = writer
    }

    /// A fresh, private in-memory database.
    public static func inMemory() throws -> SQLiteRepository {
        try SQLiteRepository(writer: DatabaseQueue())
    }

    /// Builds the rows (and their content hashes) before waiting for `previous`, so that work overlaps
    /// the earlier batch's transaction instead of delaying the single writer.
    public func upsert(_ postings: [StoredPosting], after previous: Task<UpsertCounts, any Error>?) async throws
        -> UpsertCounts
    {
        let writes = postings.map(PostingWrite.init)
        _ = try await previous?.value
        return try await writer.write { db in try SQLiteUpsert.apply(writes, in: db) }
    }

    public func postings(matching query: PostingQuery) async throws -> PostingPage {
        try await writer.read { [listing, pageRows] db in
            let index = try listing.index(in: db)
            return try SQLiteSearch.page(
                matching: query, index: index, text: try listing.textMatches(query, index: index, in: db),
                rows: pageRows, in: db)
        }
    }

    public func posting(id: PostingID) async throws -> StoredPosting? {
        try await writer.read { db in
            try SQLiteSearch.load(where: "p.id = ?", arguments: [id.rawValue], suffix: "", in: db).first
        }
    }

    public func facets(matching query: PostingQuery) async throws -> Facets {
        try await writer.read { [listing, facetCache] db in
            let index = try listing.index(in: db)
            let filter = SQLiteFilter(query)
            let key = FilterKey(sql: filter.sql, arguments: filter.arguments)
            return try facetCache.value(key, generation: index.generation) {
                index.facets(matching: query, text: try listing.textMatches(query, index: index, in: db))
            }
        }
    }

    /// The matching positions come from the `ListingIndex` (one pass, no SQL filter); their rows are then
    /// read by `seq` in batches, without the description, each batch in its own read so `body` runs outside
    /// the database's queue. Stops between batches when the task is cancelled (a request's time limit).
    public func forEachPosting(matching query: PostingQuery, _ body: (ExtractedPosting) throws -> Void)
        async throws
    {
        let (index, positions) = try await writer.read { [listing] db in
            let index = try listing.index(in: db)
            let filter = index.filter(query, text: try listing.textMatches(query, index: index, in: db))
            var positions: [Int] = []
            index.forEachMatch(filter) { positions.append($0) }
            return (index, positions)
        }
        for start in stride(from: 0, to: positions.count, by: StoreLimits.scanPage) {
            try Task.checkCancellation()
            let batch = positions[start..<min(start + StoreLimits.scanPage, positions.count)]
            let facts = try await writer.read { db in try SQLiteScan.facts(at: batch, of: index, in: db) }
            for posting in facts { try body(posting) }
        }
    }

    public func originals(_ body: (PostingID, DuplicateFingerprint) throws -> Void) async throws {
        var afterSeq: Int64 = 0
        while true {
            let position = afterSeq
            let batch = try await writer.read { db in try SQLiteSearch.fingerprints(after: position, in: db) }
            for entry in batch.entries { try body(entry.id, entry.fingerprint) }
            guard let last = batch.lastSeq else { return }
            afterSeq = last
        }
    }

    /// `storeState.generation`, which every upsert that changes something advances.
    public func generation() async throws -> Int64? {
        try await writer.read { db in try ListingIndexCache.generation(in: db) }
    }

    public func isHealthy() async -> Bool {
        (try? await writer.read { db in try Int.fetchOne(db, sql: "SELECT 1") }) == 1
    }

    /// Refreshes the query planner's statistics (`ANALYZE`); worth calling after a large ingest.
    public func optimize() async throws {
        try await writer.write { db in try db.execute(sql: "ANALYZE") }
    }
}
