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
        // Rejections travel as rows, so none is printed; only an unreadable input fails the run.
        var runner = ReportRunner(
            extractor: try input.loadCatalogues().makeExtractor(), options: ingest,
            diagnostics: RunDiagnostics(strict: false, printLimit: 0))
        let options = try filters.reportOptions(defaults: nil)
        var output = StandardOutput()
        let sources = runner.open(input.inputs)
        try await runner.run(sources) { outcome in
            output.write(Array((DistributedRow.line(for: outcome, options: options) + "\n").utf8))
        }
        output.flush()
        if runner.diagnostics.unreadableInputs > 0 { throw ExitCode(1) }
    }
}
