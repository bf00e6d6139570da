import SkillMarketCore

/// Writes ingest batches while the next ones are extracted, committing them in input order.
///
/// Each batch's upsert runs in its own task chained to the one before (`upsert(_:after:)`): its rows are
/// built while earlier batches are written, and it commits after them (one transaction each). `submit`
/// returns once no more than `depth` batches are in flight, so extraction runs ahead of the single writer
/// by at most that many batches (memory stays bounded); it returns the counts of the batches that
/// committed meanwhile. `finish` waits for the rest. After a failed batch no later batch is written.
struct IngestWriter {
    let repository: any PostingRepository
    let depth: Int
    /// Upserts started and not yet collected, oldest first.
    private var inFlight: [Task<UpsertCounts, any Error>] = []

    init(repository: any PostingRepository, depth: Int = 3) {
        self.repository = repository
        self.depth = max(1, depth)
    }

    /// Starts writing `batch` after the batches before it; returns the counts of batches that committed.
    mutating func submit(_ batch: [StoredPosting]) async throws -> [UpsertCounts] {
        let previous = inFlight.last
        inFlight.append(Task { [repository] in try await repository.upsert(batch, after: previous) })
        var committed: [UpsertCounts] = []
        while inFlight.count > depth { committed.append(try await inFlight.removeFirst().value) }
        return committed
    }

    /// Waits for every batch in flight and returns their counts, in input order.
    mutating func finish() async throws -> [UpsertCounts] {
        var committed: [UpsertCounts] = []
        while !inFlight.isEmpty { committed.append(try await inFlight.removeFirst().value) }
        return committed
    }
}
