import ArgumentParser
import SkillMarketCore

/// `skillmarket distributed map`: extraction and the report's filters over JSON-lines input, one
/// `DistributedRow` line per record in input order (rejected records included, so a cluster job
/// counts them).
struct DistributedMapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "Extract JSON-lines postings into rows for the distributed report (BLOCK<TAB>FINGERPRINT<TAB>ROW).",
        discussion: """
            Input is read as JSON lines whatever its first bytes are (a slice of a file may start with a bad \
            line). Bad records become rows of fate "rejected" and are not printed. Exits 1 only when an \
            input cannot be read.
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var filters: ReportFilters

    func run() async throws {
        var ingest = input.ingestOptions
        ingest.format = .jsonLines
        let pipeline = ExtractionPipeline(
            extractor: try input.loadCatalogues().makeExtractor(), options: ingest, parallelism: CPU.cores)
        let options = try filters.reportOptions(defaults: nil)
        var output = StandardOutput()
        var failed = false
        for path in input.inputs {
            do {
                let (source, name) = try InputOpener.open(path)
                try await pipeline.run(source: source, sourceName: name) { outcome in
                    output.write(Array((DistributedRow.line(for: outcome, options: options) + "\n").utf8))
                }
            } catch {
                printError("skillmarket: \(error)")
                failed = true
            }
        }
        output.flush()
        if failed { throw ExitCode(1) }
    }
}
