/// Where postings live (SQLite or PostgreSQL); the server and `ingest` talk only to this.
///
/// Every implementation passes the same test suite. Writes are idempotent by posting id: the
/// same posting twice is `unchanged`, a changed posting with a known id is `updated`. A batch is
/// one transaction: after a crash, the store holds whole batches only.
public protocol PostingRepository: Sendable {
    /// Inserts or updates a batch in one transaction, written only once `previous` (the upsert of the batch
    /// before, if any) has finished, so batches commit in order while this one is already being prepared
    /// (rows built, content hashed). Writes nothing and rethrows when `previous` failed.
    func upsert(_ postings: [StoredPosting], after previous: Task<UpsertCounts, any Error>?) async throws
        -> UpsertCounts

    /// One page of distinct postings matching `query`, newest first (posted date, then id).
    func postings(matching query: PostingQuery) async throws -> PostingPage

    /// A posting by id, duplicates included.
    func posting(id: PostingID) async throws -> StoredPosting?

    /// Counts per filter value among distinct postings, as faceted search shows them: each
    /// dimension's counts apply every filter of `query` except that dimension's own (so with
    /// role X chosen, the other roles still show how many postings they would give). Cursor and
    /// limit are ignored.
    func facets(matching query: PostingQuery) async throws -> Facets

    /// Calls `body` with every distinct posting matching `query` (ignoring cursor and limit), for reports.
    func forEachPosting(matching query: PostingQuery, _ body: (ExtractedPosting) throws -> Void) async throws

    /// Fingerprints of every original (non-duplicate) posting, so a new ingest can find reposts of them.
    func originals(_ body: (PostingID, DuplicateFingerprint) throws -> Void) async throws

    /// Whether the store answers a trivial query.
    func isHealthy() async -> Bool

    /// A number that changes whenever the store's content changes (results computed at one generation hold
    /// until it changes), or `nil` when the store does not track one: then nothing may be cached.
    func generation() async throws -> Int64?
}

extension PostingRepository {
    /// Inserts or updates a batch in one transaction.
    public func upsert(_ postings: [StoredPosting]) async throws -> UpsertCounts {
        try await upsert(postings, after: nil)
    }

    /// No generation: callers must not cache.
    public func generation() async throws -> Int64? { nil }
}
