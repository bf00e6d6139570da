import ArgumentParser
import Foundation
import SkillMarketCore

/// `skillmarket report`: the skills report for a role, as JSON, Markdown, HTML or CSV.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Report skill prevalence, tiers, families, salaries, pairs, seniority, countries, work modes and companies.",
        discussion: """
            Reads postings like `extract`, removes duplicates, keeps the chosen role's postings active on --as-of, \
            and writes the report (JSON is the stable contract). With --demo it runs on the bundled synthetic \
            corpus (machine-learning-engineer as of the corpus date unless --role/--as-of say otherwise). \
            --explain SKILL prints instead one JSON line per analysed posting that counted for SKILL, with \
            the matched text. --format csv writes every table into the --out directory (or the skills table to \
            stdout); --format all writes report.json, report.md, report.html and csv/ into the --out directory.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, md, html, csv, all
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var filters: ReportFilters

    @Option(help: "json, md, html, csv or all (default: from --out's extension, else json).")
    var format: Format?

    @Option(help: "Write here instead of stdout (atomically: a temporary file renamed into place).")
    var out: String?

    @Option(help: "List the postings that counted for this skill, with the matched text, instead of the report.")
    var explain: String?

    @Flag(help: "Run on the bundled synthetic demo corpus instead of INPUT files.")
    var demo = false

    @Option(help: "Postings in the demo corpus.")
    var demoCount = 5_000

    @Option(
        help: ArgumentHelp(
            "Build the report from a skillmarket.aggregates/1 document (e.g. from distributed/skillmarket_spark.py) instead of reading postings.",
            valueName: "file"))
    var fromAggregates: String?

    func run() async throws {
        let catalogues = try input.loadCatalogues()
        if let fromAggregates {
            let aggregates = try Self.readAggregates(fromAggregates)
            let output = try OutputFile(path: format == .csv || format == .all ? nil : out)
            try await write(
                aggregates.report(taxonomy: catalogues.taxonomy, minN: filters.minN),
                subject: catalogues.subject(for: aggregates.options.role), to: output)
            try output.close()
            return
        }
        let explainedSkill = try explain.map { try Self.skill(named: $0, in: catalogues.taxonomy) }
        let demoCorpus = demo ? try DemoCorpus(count: demoCount) : nil
        let options = try filters.reportOptions(defaults: demoCorpus)
        var runner = ReportRunner(catalogues: catalogues, input: input, explaining: explainedSkill)
        var aggregator = ReportAggregator(options: options, duplicateWindow: filters.duplicateWindow)
        let output = try OutputFile(path: format == .csv || format == .all ? nil : out)
        let sources =
            demoCorpus.map { [(source: $0.source() as any ByteSource, name: "<demo>")] } ?? runner.open(input.inputs)
        // The chain keys, made on the workers, let the aggregator load a batch's dedup lookups at once.
        try await runner.run(
            sources, prepare: DuplicateDetector.ChainKey.init(of:), arriving: { aggregator.warm(for: $0) }
        ) { outcome, _ in
            let fate = aggregator.count(outcome)
            if explainedSkill != nil, fate == .analyzed, case .posting(let posting) = outcome, !posting.evidence.isEmpty {
                try output.write(Self.explanation(of: posting) + "\n")
            }
        }
        let counts = aggregator.counts
        printError(
            "report: \(counts.input) read, \(counts.rejected) rejected, \(counts.duplicates) duplicates, "
                + "\(counts.distinct) distinct, \(counts.inRole) in role, \(counts.analyzed) analysed")
        if runner.diagnostics.failed { throw ExitCode(1) }
        if explainedSkill == nil {
            try await write(aggregator.report(taxonomy: catalogues.taxonomy), subject: catalogues.subject(for: options.role), to: output)
        }
        try output.close()
    }

    func validate() throws {
        if format == .all && out == nil { throw ValidationError("--format all needs --out DIRECTORY") }
        if fromAggregates != nil
            && (demo || explain != nil || filters.role != nil || filters.asOf != nil || filters.country != nil)
        {
            throw ValidationError(
                "--from-aggregates takes its filters from the document: leave out --demo, --explain, --role, --as-of and --country")
        }
    }

    private func write(_ report: Report, subject: String, to output: OutputFile) async throws {
        switch format ?? out.flatMap(Self.format(ofPath:)) ?? .json {
        case .json: try output.write(Self.render(report, as: .json, subject: subject))
        case .md: try output.write(Self.render(report, as: .md, subject: subject))
        case .html: try output.write(Self.render(report, as: .html, subject: subject))
        case .csv:
            let tables = CSVReport(report: report).tables()
            guard let out else {
                try output.write(tables.first?.csv ?? "")
                return
            }
            try Self.writeTables(tables, into: out)
        case .all:
            guard let out else { return }
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            // The HTML page takes about as long as the other formats together (3 ms of 7 over 10k postings):
            // it renders on the second core while they are rendered and written.
            async let html = Self.render(report, as: .html, subject: subject)
            for (format, name) in [(Format.json, "report.json"), (.md, "report.md")] {
                try Self.write(Self.render(report, as: format, subject: subject), toFile: name, in: out)
            }
            try Self.writeTables(CSVReport(report: report).tables(), into: (out as NSString).appendingPathComponent("csv"))
            try await Self.write(html, toFile: "report.html", in: out)
        }
    }

    private static func write(_ text: String, toFile name: String, in directory: String) throws {
        let file = try OutputFile(path: (directory as NSString).appendingPathComponent(name))
        try file.write(text)
        try file.close()
    }

    private static func render(_ report: Report, as format: Format, subject: String) -> String {
        switch format {
        case .md: MarkdownReport(report: report, subject: subject).render()
        case .html: HTMLReport(report: report, subject: subject).render()
        default: report.json() + "\n"
        }
    }

    private static func writeTables(_ tables: [(name: String, csv: String)], into directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for table in tables { try write(table.csv, toFile: table.name + ".csv", in: directory) }
    }

    private static func format(ofPath path: String) -> Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": .json
        case "md", "markdown": .md
        case "html", "htm": .html
        default: nil
        }
    }

    private static func readAggregates(_ path: String) throws -> ReportAggregates {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InputError(path: path, reason: "cannot read: \(error.localizedDescription)")
        }
        do {
            return try ReportAggregates(json: text)
        } catch {
            throw InputError(path: path, reason: "\(error)")
        }
    }

    private static func skill(named name: String, in taxonomy: Taxonomy) throws -> SkillName {
        if let skill = taxonomy.skills.first(where: { $0.name.rawValue.lowercased() == name.lowercased() }) {
            return skill.name
        }
        throw ValidationError("--explain: '\(name)' is not a skill of the taxonomy")
    }

    /// `{"id":…,"title":…,"company":…,"matches":[{"text":…,"alias":…,"context":…}]}`
    private static func explanation(of posting: ExtractedPosting) -> String {
        var json = JSONWriter()
        json.object { json in
            json.field("id", posting.id.rawValue)
            json.field("title", posting.title)
            json.field("company", posting.company)
            json.key("matches")
            json.array { json in
                for evidence in posting.evidence {
                    json.object { json in
                        json.field("text", evidence.match.text)
                        json.field("alias", evidence.match.alias)
                        json.field("context", evidence.context)
                    }
                }
            }
        }
        return json.text
    }
}
