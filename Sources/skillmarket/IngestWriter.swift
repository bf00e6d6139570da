import SkillMarketCore

/// Writes ingest batches while the next batch is extracted: one batch in flight at a time.
///
/// `submit` starts batch N's upsert in a task and returns once batch N-1's has committed, so extraction of
/// N+1 overlaps the store's work on N, batches still commit in input order (one transaction each), and at
/// most two batches are held in memory. `finish` waits for the last one.
struct IngestWriter {
    let repository: any PostingRepository
    private var inFlight: Task<UpsertCounts, any Error>?

    init(repository: any PostingRepository) {
        self.repository = repository
    }

    /// Starts writing `batch` after the batch before it has committed; returns that earlier batch's counts.
    mutating func submit(_ batch: [StoredPosting]) async throws -> UpsertCounts? {
        let committed = try await finish()
        inFlight = Task { [repository] in try await repository.upsert(batch) }
        return committed
    }

    /// Waits for the batch in flight, if any, and returns its counts.
    mutating func finish() async throws -> UpsertCounts? {
        guard let task = inFlight else { return nil }
        inFlight = nil
        return try await task.value
    }
}
