import Foundation
import Logging
import PostgresNIO
import SkillMarketCore

/// The server store: PostgreSQL through postgres-nio's pooled `PostgresClient` (at most 8 connections).
///
/// The repository owns the client's `run()` task: it starts in `init` and ends in `shutdown()`
/// (call it once you are done; `deinit` only cancels it). The schema is migrated before the first
/// call that touches the database, once per repository; a failed migration is retried by the next call.
/// Each `upsert` batch is one transaction; reads see committed batches only.
public final class PostgresRepository: PostingRepository {
    let client: PostgresClient
    let logger: Logger
    private let location: PostgresURL
    private let runTask: Task<Void, Never>
    private let schema: SchemaGate

    /// Connects lazily to the server at `url` (`postgres://user:password@host:port/database`, see
    /// `PostgresURL`); throws only for a URL it can't read. Only errors are logged.
    public convenience init(url: String) throws {
        var logger = Logger(label: "skillmarket.postgres")
        logger.logLevel = .error
        try self.init(location: PostgresURL(url), logger: logger)
    }

    /// Connects lazily to `location`, logging the client's background work (connections) to `logger`.
    public init(location: PostgresURL, logger: Logger) {
        self.location = location
        self.logger = logger
        let client = PostgresClient(configuration: location.clientConfiguration(), backgroundLogger: logger)
        self.client = client
        runTask = Task { await client.run() }
        schema = SchemaGate()
    }

    deinit { runTask.cancel() }

    /// The schema from the URL's `schema=` parameter, if any.
    var schemaName: String? { location.schema }

    /// Closes every connection and ends the client's task; later calls fail.
    public func shutdown() async {
        runTask.cancel()
        await runTask.value
    }

    /// Applies pending migrations now (otherwise the first call does).
    ///
    /// - Returns: the migration versions this call applied; empty when the schema was current.
    @discardableResult
    public func migrate() async throws -> [Int] {
        let applied = try await PostgresMigrations.apply(schema: location.schema, client: client, logger: logger)
        await schema.markReady()
        return applied
    }

    /// Waits for the schema; migrates on the first call.
    func ready() async throws {
        if runTask.isCancelled { throw PostgresStoreError.shutDown }
        if await schema.isReady { return }
        try await migrate()
    }

    /// Builds the rows before waiting for `previous`, so that work overlaps the earlier batch's transaction.
    public func upsert(_ postings: [StoredPosting], after previous: Task<UpsertCounts, any Error>?) async throws
        -> UpsertCounts
    {
        let writes = postings.map(PostingWrite.init)
        _ = try await previous?.value
        try await ready()
        return try await PostgresUpsert.apply(writes, client: client, logger: logger)
    }

    public func postings(matching query: PostingQuery) async throws -> PostingPage {
        try await ready()
        return try await PostgresSearch.page(matching: query, client: client, logger: logger)
    }

    /// `nil` for an id holding U+0000: stored ids never do (see `StoredPosting.withoutNUL`).
    public func posting(id: PostingID) async throws -> StoredPosting? {
        if id.rawValue.utf8.contains(0) { return nil }
        try await ready()
        var statement = PostgresStatement("SELECT \(PostgresPostingColumns.selectList) FROM posting p WHERE p.id = ")
        statement.append(statement.bind(id.rawValue))
        return try await PostgresSearch.load(statement, client: client, logger: logger).first?.posting
    }

    public func facets(matching query: PostingQuery) async throws -> Facets {
        try await ready()
        return try await PostgresFacets.facets(matching: query, client: client, logger: logger)
    }

    public func forEachPosting(matching query: PostingQuery, _ body: (ExtractedPosting) throws -> Void)
        async throws
    {
        try await ready()
        var after: PostingCursor?
        repeat {
            let batch = try await PostgresSearch.rows(
                matching: query, after: after, limit: StoreLimits.scanPage, client: client, logger: logger)
            for row in batch { try body(row.posting.facts) }
            after = batch.count == StoreLimits.scanPage ? batch.last?.cursor : nil
        } while after != nil
    }

    public func originals(_ body: (PostingID, DuplicateFingerprint) throws -> Void) async throws {
        try await ready()
        var after = ""
        while true {
            var statement = PostgresStatement(
                #"SELECT id, fingerprint FROM posting"#
                    + #" WHERE "duplicateOf" IS NULL AND fingerprint IS NOT NULL AND id > "#
            )
            statement.append(statement.bind(after) + " ORDER BY id LIMIT \(StoreLimits.fingerprintPage)")
            var entries: [(PostingID, DuplicateFingerprint)] = []
            for try await (id, bytes) in try await client.query(statement.query, logger: logger).decode(
                (String, Data).self)
            {
                guard let fingerprint = DuplicateFingerprint(storage: [UInt8](bytes)) else {
                    throw PostgresStoreError.unreadableRow("posting \(id): fingerprint of \(bytes.count) bytes")
                }
                entries.append((PostingID(id), fingerprint))
            }
            for (id, fingerprint) in entries { try body(id, fingerprint) }
            guard entries.count == StoreLimits.fingerprintPage, let last = entries.last else { return }
            after = last.0.rawValue
        }
    }

    /// Whether the server answers `SELECT 1` (after migrating) within `healthTimeout`.
    public func isHealthy() async -> Bool {
        await withTaskGroup(of: Bool.self) { group in
            group.addTask {
                do {
                    try await self.ready()
                    for try await value in try await self.client.query("SELECT 1", logger: self.logger).decode(Int.self)
                    {
                        return value == 1
                    }
                    return false
                } catch {
                    return false
                }
            }
            group.addTask {
                try? await Task.sleep(for: Self.healthTimeout)
                return false
            }
            let answer = await group.next() ?? false
            group.cancelAll()
            return answer
        }
    }

    /// How long `isHealthy` waits for the server.
    static let healthTimeout = Duration.seconds(3)
}

/// Whether this repository has migrated its schema (shared by concurrent first calls).
private actor SchemaGate {
    private(set) var isReady = false
    func markReady() { isReady = true }
}
