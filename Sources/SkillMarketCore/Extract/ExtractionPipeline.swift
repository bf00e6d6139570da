/// What became of one input record: an extracted posting or the reason it was rejected.
public enum RecordOutcome: Sendable, Equatable {
    case posting(ExtractedPosting)
    case rejected(IngestIssue)
}

/// Streams records from a source, decodes and extracts them on every core, and hands the
/// outcomes back in input order.
///
/// Batches flow through a window: while worker tasks decode and extract up to `parallelism + 2`
/// batches (one task each), the calling task reads the next batches and delivers finished ones in
/// order, so reading, extraction and delivery (aggregation, output) overlap. Memory is bounded by
/// the window.
public struct ExtractionPipeline: Sendable {
    public let decoder: RecordDecoder
    public let extractor: PostingExtractor
    public let options: IngestOptions
    /// Records per batch: large enough to amortise a task's start-up, small enough that a batch's postings
    /// are still in cache when the delivering task reads them, and that a short run does not wait long on
    /// its last batch with one core idle. Measured on 2 cores against 512 (the earlier size): `report` over
    /// 10k postings 7 % faster, over 100k 6 %, over 1M 1–2 %; 32 and 64 were no better.
    public var batchSize = 128
    /// Batches extracted at the same time (the number of cores to use).
    public var parallelism: Int

    public init(extractor: PostingExtractor, options: IngestOptions, parallelism: Int) {
        self.decoder = RecordDecoder(options: options)
        self.extractor = extractor
        self.options = options
        self.parallelism = max(1, parallelism)
    }

    /// Runs over one source; `deliver` sees every outcome in input order and may throw to stop
    /// (it may also await, e.g. to write a batch to a database, which pauses reading).
    public func run(
        source: some ByteSource, sourceName: String, deliver: (RecordOutcome) async throws -> Void
    ) async throws {
        try await run(source: source, sourceName: sourceName, prepare: { _ in () }) { outcome, _ in
            try await deliver(outcome)
        }
    }

    /// ``run(source:sourceName:deliver:)`` with a step on the workers: `prepare` sees each outcome as
    /// soon as it is extracted (in parallel, in no set order) and its result reaches `deliver` with
    /// the outcome. Work that needs no order leaves the one in-order task: `extract` writes each
    /// line there but for its last field. `arriving` sees what `prepare` made of a batch (up to
    /// `batchSize` outcomes) before its outcomes are delivered: `report` loads there, all at once, the
    /// memory that counting them will read (`ReportAggregator.warm(for:)`).
    public func run<Prepared: Sendable>(
        source: some ByteSource, sourceName: String, prepare: @escaping @Sendable (RecordOutcome) -> Prepared,
        arriving: ([Prepared]) -> Void = { _ in }, deliver: (RecordOutcome, Prepared) async throws -> Void
    ) async throws {
        var reader = RecordReader(source: source, sourceName: sourceName, options: options)
        let window = parallelism + 2
        try await withThrowingTaskGroup(of: (Int, ExtractedBatch<Prepared>).self) { group in
            var started = 0
            var delivered = 0
            var readerEnded = false
            var finished: [Int: ExtractedBatch<Prepared>] = [:]
            var idleLanes: [WorkerLane] = []
            while true {
                while !readerEnded, started - delivered < window {
                    let records = try readBatch(from: &reader)
                    if records.isEmpty {
                        readerEnded = true
                    } else {
                        let index = started
                        let lane = idleLanes.popLast() ?? WorkerLane()
                        group.addTask {
                            let outcomes = outcomes(of: records[...], in: lane)
                            // None is nil yet: delivery takes them out later.
                            let prepared = outcomes.map { prepare($0.unsafelyUnwrapped) }
                            return (index, ExtractedBatch(outcomes: outcomes, prepared: prepared, lane: lane))
                        }
                        started += 1
                    }
                }
                guard delivered < started else { return }
                while finished[delivered] == nil {
                    guard let (index, batch) = try await group.next() else { return }
                    finished[index] = batch
                }
                // Each outcome is moved out (`take()`) and back after delivery: iterating or subscripting copies
                // it, a retain and release of a posting made on the other core.
                guard var ready = finished.removeValue(forKey: delivered) else { return }
                arriving(ready.prepared)
                for index in ready.outcomes.indices {
                    guard let outcome = ready.outcomes[index].take() else { continue }
                    try await deliver(outcome, ready.prepared[index])
                    ready.outcomes[index] = outcome
                }
                ready.lane.spent = ready.outcomes
                idleLanes.append(ready.lane)
                delivered += 1
            }
        }
    }

    /// One batch's outcomes in input order (optional so that delivery can move each one out), what `prepare`
    /// made of each, and the lane that extracted them. Two arrays, not one of pairs: the loops over outcomes
    /// stay free of the generic `Prepared` (a pair's every move and release went through its type's value
    /// witnesses).
    private struct ExtractedBatch<Prepared: Sendable>: Sendable {
        var outcomes: [RecordOutcome?]
        let prepared: [Prepared]
        let lane: WorkerLane
    }

    /// The outcomes of a batch's records, in input order, extracted with the lane's memo.
    ///
    /// The lane's `spent` outcomes (a batch it extracted earlier, since delivered) are released here, one per
    /// record, between the allocations of the new ones: their memory goes back where the new outcomes take
    /// theirs (the allocator's per-thread cache), so the postings of a batch are not all freed at once by the
    /// delivering thread (which took glibc's arena locks, contended by the workers, for nearly every free:
    /// ~10 % of the time of a 2-core report).
    private func outcomes(of records: ArraySlice<RawRecord>, in lane: WorkerLane) -> [RecordOutcome?] {
        // Moved out of the lane for the loop: a class's properties are checked for exclusive access at each use.
        var spent = lane.spent
        lane.spent = []
        var memo = lane.memo
        lane.memo = ExtractionMemo()
        defer { lane.memo = memo }
        var released = 0
        var result: [RecordOutcome?] = []
        result.reserveCapacity(records.count)
        for record in records {
            if released < spent.count {
                spent[released] = nil
                released += 1
            }
            // The common record without `decode(_:forEach:)`: a closure that calls the extractor gets a
            // copy of it for every call (load and copy out of the closure's context), a retain and release
            // of each table it holds, atomics on cache lines both cores share.
            if let only = decoder.decodedSingle(record) {
                result.append(outcome(of: only, memo: &memo))
            } else {
                for decoded in decoder.decode(record) { result.append(outcome(of: decoded, memo: &memo)) }
            }
        }
        return result
    }

    private func outcome(of decoded: Result<RawPosting, IngestIssue>, memo: inout ExtractionMemo) -> RecordOutcome {
        switch decoded {
        case .success(let posting): .posting(extractor.extract(posting, memo: &memo))
        case .failure(let issue): .rejected(issue)
        }
    }

    private func readBatch(from reader: inout RecordReader<some ByteSource>) throws -> [RawRecord] {
        var batch: [RawRecord] = []
        batch.reserveCapacity(batchSize)
        while batch.count < batchSize, let record = try reader.next() { batch.append(record) }
        return batch
    }
}

/// What a worker task hands on to a later one: the memo of the steps it extracted with, and the outcomes of
/// its batch once they are delivered, which the later task releases (`ExtractionPipeline.outcomes(of:in:)`).
/// As many lanes as batches in flight, each warming its own memo: no lock, no thread-local state.
///
/// `@unchecked Sendable`: a lane belongs to one task at a time — the worker task extracting with it, then
/// the delivering task (once that worker has returned it), then the next worker task it hands it to.
private final class WorkerLane: @unchecked Sendable {
    var memo = ExtractionMemo()
    var spent: [RecordOutcome?] = []
}
