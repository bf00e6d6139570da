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
        let pipeline = ExtractionPipeline(
            extractor: try input.loadCatalogues().makeExtractor(), options: input.ingestOptions, parallelism: CPU.cores)
        var diagnostics = RunDiagnostics(strict: input.strict)
        var duplicates = DuplicateDetector()
        var output = StandardOutput()
        defer { output.flush() }
        for path in input.inputs {
            do {
                let (source, name) = try InputOpener.open(path)
                try await pipeline.run(source: source, sourceName: name) { outcome in
                    switch outcome {
                    case .posting(var posting):
                        diagnostics.accept(posting)
                        posting.duplicateOf = duplicates.firstCopy(of: posting)
                        var json = JSONWriter()
                        posting.writeJSON(to: &json)
                        output.write(json.bytes + [UInt8(ascii: "\n")])
                    case .rejected(let issue):
                        try diagnostics.reject(issue)
                    }
                }
            } catch let exit as ExitCode {
                output.flush()
                throw exit
            } catch {
                diagnostics.inputFailed(error)
            }
        }
        output.flush()
        printError("extract: " + diagnostics.summary)
        if diagnostics.failed { throw ExitCode(1) }
    }
}
