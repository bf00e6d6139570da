import ArgumentParser
import SkillMarketCore

/// Streams inputs through the extraction pipeline for the commands that aggregate or store
/// postings (`extract`, `report`, `compare`, `ingest`): opens the inputs, counts and prints rejections (applying `--strict`),
/// and hands every outcome, in input order, to the caller.
///
/// An input that cannot be opened or read is reported and skipped; `diagnostics.failed` then
/// tells the command to exit non-zero once it has printed its summary.
struct ReportRunner {
    let pipeline: ExtractionPipeline
    private(set) var diagnostics: RunDiagnostics

    init(catalogues: Catalogues, input: InputOptions, explaining skill: SkillName? = nil) {
        self.init(extractor: catalogues.makeExtractor(explaining: skill), input: input)
    }

    init(extractor: PostingExtractor, input: InputOptions) {
        self.init(extractor: extractor, options: input.ingestOptions, diagnostics: RunDiagnostics(strict: input.strict))
    }

    init(extractor: PostingExtractor, options: IngestOptions, diagnostics: RunDiagnostics) {
        AllocatorTuning.forStreaming()
        pipeline = ExtractionPipeline(extractor: extractor, options: options, parallelism: CPU.cores)
        self.diagnostics = diagnostics
    }

    /// Opens every path (`-` is stdin, gzip is detected); unopenable ones are reported and left out.
    mutating func open(_ paths: [String]) -> [(source: any ByteSource, name: String)] {
        paths.compactMap { path in
            do { return try InputOpener.open(path) } catch {
                diagnostics.inputFailed(error)
                return nil
            }
        }
    }

    /// Runs every source in order; `deliver` sees each outcome after the diagnostics have.
    ///
    /// Throws only `ExitCode` (from `--strict`, or thrown by `deliver`) and errors `deliver` throws;
    /// a source that fails mid-way is reported and the next one is read.
    mutating func run(
        _ sources: [(source: any ByteSource, name: String)], deliver: (RecordOutcome) async throws -> Void
    ) async throws {
        try await run(sources, prepare: { _ in () }) { outcome, _ in try await deliver(outcome) }
    }

    /// ``run(_:deliver:)`` with `prepare` run on the extraction workers for every outcome, and `arriving`
    /// given what it made of each batch before the batch is delivered (see
    /// `ExtractionPipeline.run(source:sourceName:prepare:arriving:deliver:)`).
    mutating func run<Prepared: Sendable>(
        _ sources: [(source: any ByteSource, name: String)], prepare: @escaping @Sendable (RecordOutcome) -> Prepared,
        arriving: ([Prepared]) -> Void = { _ in }, deliver: (RecordOutcome, Prepared) async throws -> Void
    ) async throws {
        for (source, name) in sources {
            do {
                try await pipeline.run(source: source, sourceName: name, prepare: prepare, arriving: arriving) {
                    outcome, prepared in
                    switch outcome {
                    case .posting(let posting): diagnostics.accept(posting)
                    case .rejected(let issue): try diagnostics.reject(issue)
                    }
                    try await deliver(outcome, prepared)
                }
            } catch let exit as ExitCode {
                throw exit
            } catch {
                diagnostics.inputFailed(error)
            }
        }
    }
}
