import ArgumentParser
import Foundation
import SkillMarketCore
import SkillMarketStore

/// `skillmarket ingest`: loads postings into the store, idempotently, in transactional batches.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Load postings into a SQLite database (default) or PostgreSQL (--db postgres://…).",
        discussion: """
            Re-ingesting the same input adds nothing; a changed posting with a known id is updated. Each batch \
            is one transaction, so an interrupted run leaves whole batches only and a re-run completes it; a \
            batch is written while the next ones are extracted. \
            Reposts of postings already stored (or earlier in the run) are stored with duplicate_of set and \
            counted as duplicates. A progress line is shown when stderr is a terminal.
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "A SQLite file path, or a postgres:// URL.")
    var db = "skillmarket.sqlite"

    /// 5,000 rather than 1,000: each transaction adds a full-text segment and rewrites the B-tree pages it
    /// touches, so 100,000 postings ingest about 10 % faster (BENCHMARKS.md); a kill loses at most the
    /// batches in flight, which a re-run writes.
    @Option(help: "Postings per transaction.")
    var batchSize = 5_000

    @Flag(help: "Ingest the bundled synthetic demo corpus instead of INPUT files.")
    var demo = false

    @Option(help: "Postings in the demo corpus.")
    var demoCount = 5_000

    func validate() throws {
        guard (1...100_000).contains(batchSize) else { throw ValidationError("--batch-size must be 1…100000") }
    }

    func run() async throws {
        let catalogues = try input.loadCatalogues()
        let store = try RepositoryFactory.open(StoreLocation(db))
        let repository = store.repository
        var duplicates = DuplicateDetector()
        try await repository.originals { id, fingerprint in _ = duplicates.firstCopy(of: id, fingerprint: fingerprint) }
        var extractor = catalogues.makeExtractor()
        extractor.keepsOriginal = true
        var runner = ReportRunner(extractor: extractor, input: input)
        var progress = IngestProgress(interactive: isatty(2) == 1)
        var writer = IngestWriter(repository: repository)
        var pending: [StoredPosting] = []
        pending.reserveCapacity(batchSize)
        func flush() async throws {
            guard !pending.isEmpty else { return }
            for committed in try await writer.submit(pending) { progress.add(committed) }
            pending = []
            pending.reserveCapacity(batchSize)
        }
        let sources =
            try demo
            ? [(source: DemoCorpus(count: demoCount).source(), name: "<demo>")] : runner.open(input.inputs)
        try await runner.run(sources) { outcome in
            guard case .posting(var posting) = outcome else {
                progress.rejected += 1
                return
            }
            // Matching its own stored copy means "already stored" (upsert says unchanged), not a repost.
            let firstCopy = duplicates.firstCopy(of: posting)
            posting.duplicateOf = firstCopy == posting.id ? nil : firstCopy
            if posting.duplicateOf != nil { progress.duplicates += 1 }
            let original = posting.original
            posting.original = nil
            pending.append(
                StoredPosting(
                    facts: posting, description: original?.description ?? "", url: original?.url,
                    source: original?.source))
            if pending.count >= batchSize { try await flush() }
        }
        try await flush()
        for committed in try await writer.finish() { progress.add(committed) }
        await store.close()
        progress.finish()
        printError("ingest: " + progress.summary)
        if runner.diagnostics.failed { throw ExitCode(1) }
    }
}

/// Counts what ingest did and, on a terminal, redraws one progress line.
struct IngestProgress {
    let interactive: Bool
    var totals = UpsertCounts()
    var duplicates = 0
    var rejected = 0
    private let started = Date()

    init(interactive: Bool) {
        self.interactive = interactive
    }

    mutating func add(_ counts: UpsertCounts) {
        totals.new += counts.new
        totals.updated += counts.updated
        totals.unchanged += counts.unchanged
        if interactive { writeError("\r\u{1B}[K" + line) }
    }

    func finish() {
        if interactive { writeError("\r\u{1B}[K") }
    }

    /// "1200 new, 3 updated, 40 unchanged, 12 duplicates, 1 rejected"
    var summary: String {
        "\(totals.new) new, \(totals.updated) updated, \(totals.unchanged) unchanged, \(duplicates) duplicates, \(rejected) rejected"
    }

    private var line: String {
        let stored = totals.new + totals.updated + totals.unchanged
        let seconds = max(0.001, Date().timeIntervalSince(started))
        return "ingest: \(stored) postings stored (\(Int(Double(stored) / seconds))/s), " + summary
    }
}
