import ArgumentParser
import SkillMarketCore

/// `skillmarket extract`: one JSON line of facts per accepted posting, in input order.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract role, seniority, country, work modes, salary and skills from each posting (JSONL out).",
        discussion: """
            Writes one JSON object per accepted posting to stdout and a one-line summary to stderr.
            `duplicate_of` names the first copy of a reposted opening across all inputs of the run.
            Bad records are reported as FILE:LINE: reason on stderr and skipped.
            Exit codes: 0 success; 1 an input was unreadable, nothing but bad records, or --strict met a bad record.
            """
    )

    @OptionGroup var input: InputOptions

    func run() async throws {
        var runner = ReportRunner(extractor: try input.loadCatalogues().makeExtractor(), input: input)
        var duplicates = DuplicateDetector()
        var output = StandardOutput()
        defer { output.flush() }
        let sources = runner.open(input.inputs)
        // Each line is written on the extraction workers but for `duplicate_of`, which needs input order;
        // the chain keys made there let the detector load a batch's lookups at once.
        try await runner.run(
            sources, prepare: { (line: Self.pendingLine(of: $0), key: DuplicateDetector.ChainKey(of: $0)) },
            arriving: { duplicates.warm(for: $0.map(\.key)) }
        ) { outcome, prepared in
            guard case .posting(let posting) = outcome, let line = prepared.line else { return }
            output.writeLine(line.finished(duplicateOf: duplicates.firstCopy(of: posting)))
        }
        output.flush()
        printError("extract: " + runner.diagnostics.summary)
        if runner.diagnostics.failed { throw ExitCode(1) }
    }

    /// A posting's line but for `duplicate_of`, written on an extraction worker.
    private static func pendingLine(of outcome: RecordOutcome) -> PendingExtractLine? {
        guard case .posting(let posting) = outcome else { return nil }
        return PendingExtractLine(posting)
    }
}
