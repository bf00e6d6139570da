/// What became of one input record: an extracted posting or the reason it was rejected.
public enum RecordOutcome: Sendable, Equatable {
    case posting(ExtractedPosting)
    case rejected(IngestIssue)
}

/// Streams records from a source, decodes and extracts them on every core, and hands the
/// outcomes back in input order.
///
/// Memory is bounded by two batches: while one batch is decoded and extracted in parallel,
/// the next one is read.
public struct ExtractionPipeline: Sendable {
    public let decoder: RecordDecoder
    public let extractor: PostingExtractor
    public let options: IngestOptions
    /// Records per batch; large enough to amortise task start-up, small enough to stream.
    public var batchSize = 512
    /// Parallel slices per batch (the number of cores to use).
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
        var reader = RecordReader(source: source, sourceName: sourceName, options: options)
        var batch = try readBatch(from: &reader)
        while !batch.isEmpty {
            async let processed = process(batch)
            let next = try readBatch(from: &reader)
            for outcome in await processed { try await deliver(outcome) }
            batch = next
        }
    }

    /// Decodes and extracts one batch, split into `parallelism` contiguous slices.
    public func process(_ records: [RawRecord]) async -> [RecordOutcome] {
        guard records.count > 1, parallelism > 1 else { return outcomes(of: records[...]) }
        let sliceSize = (records.count + parallelism - 1) / parallelism
        return await withTaskGroup(of: (Int, [RecordOutcome]).self) { group in
            for (index, start) in stride(from: 0, to: records.count, by: sliceSize).enumerated() {
                let slice = records[start..<min(start + sliceSize, records.count)]
                group.addTask { (index, outcomes(of: slice)) }
            }
            var slices: [(Int, [RecordOutcome])] = []
            for await slice in group { slices.append(slice) }
            return slices.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    private func outcomes(of records: ArraySlice<RawRecord>) -> [RecordOutcome] {
        var result: [RecordOutcome] = []
        result.reserveCapacity(records.count)
        for record in records {
            for decoded in decoder.decode(record) {
                switch decoded {
                case .success(let posting): result.append(.posting(extractor.extract(posting)))
                case .failure(let issue): result.append(.rejected(issue))
                }
            }
        }
        return result
    }

    private func readBatch(from reader: inout RecordReader<some ByteSource>) throws -> [RawRecord] {
        var batch: [RawRecord] = []
        batch.reserveCapacity(batchSize)
        while batch.count < batchSize, let record = try reader.next() { batch.append(record) }
        return batch
    }
}
