import SkillMarketCore

/// A real store that answers after `delay` (cancellable, like a store read): a slow handler.
struct SlowRepository: PostingRepository {
    let wrapped: any PostingRepository
    let delay: Duration
    init(wrapping repository: any PostingRepository, delay: Duration) {
        wrapped = repository
        self.delay = delay
    }

    func upsert(_ postings: [StoredPosting], after previous: Task<UpsertCounts, any Error>?) async throws
        -> UpsertCounts
    { try await wrapped.upsert(postings, after: previous) }
    func postings(matching query: PostingQuery) async throws -> PostingPage {
        try await Task.sleep(for: delay)
        return try await wrapped.postings(matching: query)
    }
    func posting(id: PostingID) async throws -> StoredPosting? { try await wrapped.posting(id: id) }
    func facets(matching query: PostingQuery) async throws -> Facets {
        try await Task.sleep(for: delay)
        return try await wrapped.facets(matching: query)
    }
    func forEachPosting(matching query: PostingQuery, _ body: (ExtractedPosting) throws -> Void) async throws {
        try await Task.sleep(for: delay)
        try await wrapped.forEachPosting(matching: query, body)
    }
    func originals(_ body: (PostingID, DuplicateFingerprint) throws -> Void) async throws {
        try await wrapped.originals(body)
    }
    func isHealthy() async -> Bool { await wrapped.isHealthy() }
}
