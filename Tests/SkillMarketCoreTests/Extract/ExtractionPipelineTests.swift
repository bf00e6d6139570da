import SkillMarketCore
import Testing

/// `ExtractionPipeline` delivers, in input order, exactly what one thread extracting record by record
/// makes, with each outcome's `prepare` value; delivered batches are released by later worker tasks.
@Suite("Extraction pipeline")
struct ExtractionPipelineTests {
    static let extractor = PostingExtractor(
        taxonomy: (try? Taxonomy.bundled()) ?? Taxonomy(skills: []),
        roles: (try? RoleCatalogue.bundled()) ?? RoleCatalogue(roles: []),
        companies: (try? CompanyNormalizer.bundled()) ?? CompanyNormalizer(aliases: [:]))

    /// Generated postings as JSONL, then a JSON array of two of them and a bad line.
    static func corpus(postings: Int) -> String {
        let lines = CorpusGenerator(seed: 7).makePostings(0..<postings).map(\.rawLine)
        return lines.joined(separator: "\n") + "\n[" + lines[0] + "," + lines[1] + "]\n{not json\n"
    }

    /// What one thread makes of the corpus, record by record.
    static func serialOutcomes(of text: String) throws -> [RecordOutcome] {
        var reader = RecordReader(source: MemoryByteSource(text), sourceName: "corpus.jsonl")
        let decoder = RecordDecoder()
        var outcomes: [RecordOutcome] = []
        while let record = try reader.next() {
            decoder.decode(record) { decoded in
                switch decoded {
                case .success(let posting): outcomes.append(.posting(extractor.extract(posting)))
                case .failure(let issue): outcomes.append(.rejected(issue))
                }
            }
        }
        return outcomes
    }

    @Test(
        "outcomes arrive in input order with their prepared values, for any batch size and parallelism",
        arguments: [(1, 1), (3, 2), (7, 2), (64, 3)] as [(Int, Int)])
    func deliversInOrder(batchSize: Int, parallelism: Int) async throws {
        let text = Self.corpus(postings: 40)
        let expected = try Self.serialOutcomes(of: text)
        var pipeline = ExtractionPipeline(extractor: Self.extractor, options: IngestOptions(), parallelism: parallelism)
        pipeline.batchSize = batchSize
        var delivered: [RecordOutcome] = []
        var prepared: [String] = []
        var batches: [[String]] = []
        try await pipeline.run(
            source: MemoryByteSource(text, chunkSize: 4_096), sourceName: "corpus.jsonl",
            prepare: { outcome in
                switch outcome {
                case .posting(let posting): posting.id.rawValue
                case .rejected(let issue): "line \(issue.line)"
                }
            },
            arriving: { batch in
                // A batch arrives before any of its outcomes is delivered, after the previous batch's were.
                #expect(prepared.count == batches.joined().count)
                batches.append(batch)
            },
            deliver: { outcome, value in
                delivered.append(outcome)
                prepared.append(value)
            })
        #expect(delivered == expected)
        #expect(delivered.count == 43)
        #expect(Array(batches.joined()) == prepared)
        #expect(batches.allSatisfy { !$0.isEmpty && $0.count <= batchSize })
        #expect(
            prepared
                == expected.map {
                    switch $0 {
                    case .posting(let posting): posting.id.rawValue
                    case .rejected(let issue): "line \(issue.line)"
                    }
                })
    }
}
