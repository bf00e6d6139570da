import ArgumentParser
import Foundation
import SkillMarketCore

/// `skillmarket compare A B [C …]`: snapshots or two roles side by side, with share changes
/// and a significance test per skill; three or more snapshots (or `--by-month`) make a trend.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare inputs (dated snapshots, or two roles of one input) skill by skill.",
        discussion: """
            Builds the report of each side exactly like `report` (duplicates removed, --as-of and --country \
            applied) and compares them: per skill, family, seniority level, country and work mode the share on \
            each side, the change from the first side to the last in percentage points, a two-proportion z-test \
            of first against last and Benjamini–Hochberg q-values (significant when q < 0.05), and salary \
            medians with their 95 % intervals. Give snapshots oldest first (`compare jan.jsonl feb.jsonl \
            mar.jsonl`); with three or more sides the HTML adds a trend chart per skill. --by-month splits one \
            input into one side per posting month instead (postings without a date and rejected records are \
            left out; each month's duplicates are removed within it, as if it were its own file). Give the same \
            file twice with --role-a/--role-b to compare two roles (it is read once; '-' works too). Labels \
            default to the file names (or months), or to the role names when both sides read the same input.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, md, html
    }

    @OptionGroup var input: InputOptions
    @OptionGroup var filters: ReportFilters

    @Option(help: "Label of side A (default: its file name, or its role when both sides read one input).")
    var labelA: String?

    @Option(help: "Label of side B.")
    var labelB: String?

    @Option(help: "Label of each side in order (repeat it once per input), instead of --label-a/--label-b.")
    var label: [String] = []

    @Option(help: "Role of side A (overrides --role for A; two inputs only).")
    var roleA: String?

    @Option(help: "Role of side B (overrides --role for B).")
    var roleB: String?

    @Flag(help: "One side per posting month (YYYY-MM) of a single input, oldest first.")
    var byMonth = false

    @Option(help: "json, md or html (default: from --out's extension, else json).")
    var format: Format?

    @Option(help: "Write here instead of stdout (atomically: a temporary file renamed into place).")
    var out: String?

    func validate() throws {
        let count = input.inputs.count
        if byMonth {
            guard count == 1 else { throw ValidationError("--by-month splits exactly one input, got \(count)") }
            if filters.asOf != nil { throw ValidationError("--by-month compares whole months: leave out --as-of") }
            if roleA != nil || roleB != nil || labelA != nil || labelB != nil || !label.isEmpty {
                throw ValidationError("--by-month labels sides by month and takes --role, not --role-a/--role-b or labels")
            }
            return
        }
        guard count >= 2 else { throw ValidationError("compare expects two or more inputs, got \(count)") }
        if filters.role != nil && (roleA != nil || roleB != nil) {
            throw ValidationError("give either --role (both sides) or --role-a/--role-b, not both")
        }
        if count > 2 && (roleA != nil || roleB != nil || labelA != nil || labelB != nil) {
            throw ValidationError("--role-a/--role-b and --label-a/--label-b need exactly two inputs; use --label per input")
        }
        if !label.isEmpty && (label.count != count || labelA != nil || labelB != nil) {
            throw ValidationError("give --label once per input (\(count)), without --label-a/--label-b")
        }
    }

    func run() async throws {
        let catalogues = try input.loadCatalogues()
        let base = try filters.reportOptions(defaults: nil)
        var runner = ReportRunner(catalogues: catalogues, input: input)
        let sides: [(label: String, aggregator: ReportAggregator)]
        if byMonth {
            sides = try await monthlySides(runner: &runner, options: base)
        } else if input.inputs.count == 2 {
            sides = try await twoSides(runner: &runner, base: base, catalogues: catalogues)
        } else {
            var aggregators: [ReportAggregator] = []
            for path in input.inputs {
                var aggregator = ReportAggregator(options: base, duplicateWindow: filters.duplicateWindow)
                let sources = runner.open([path])
                try await runner.run(sources) { aggregator.count($0) }
                aggregators.append(aggregator)
            }
            sides = Array(zip(label.isEmpty ? Self.fileLabels(input.inputs) : label, aggregators))
        }
        for (label, aggregator) in sides {
            let counts = aggregator.counts
            printError(
                "compare: \(label): \(counts.input) read, \(counts.rejected) rejected, \(counts.duplicates) duplicates, "
                    + "\(counts.distinct) distinct, \(counts.inRole) in role, \(counts.analyzed) analysed")
        }
        if runner.diagnostics.failed { throw ExitCode(1) }
        let comparison = Comparison(
            sides: sides.map { Comparison.Side(label: $0.label, report: $0.aggregator.report(taxonomy: catalogues.taxonomy)) })
        let output = try OutputFile(path: out)
        switch format ?? out.flatMap(Self.format(ofPath:)) ?? .json {
        case .json: try output.write(comparison.json() + "\n")
        case .md: try output.write(ComparisonMarkdown(comparison: comparison).render())
        case .html: try output.write(ComparisonHTML(comparison: comparison).render())
        }
        try output.close()
    }

    /// Two inputs, or one input read once for two roles (`--role-a`/`--role-b`).
    private func twoSides(
        runner: inout ReportRunner, base: ReportOptions, catalogues: Catalogues
    ) async throws -> [(label: String, aggregator: ReportAggregator)] {
        let paths = input.inputs
        var options = [base, base]
        options[0].role = (roleA ?? filters.role).map(RoleSlug.init)
        options[1].role = (roleB ?? filters.role).map(RoleSlug.init)
        var aggregators = options.map { ReportAggregator(options: $0, duplicateWindow: filters.duplicateWindow) }
        if paths[0] == paths[1] {
            // One input, two views of it: read it once (it may be stdin) and feed both sides.
            let sources = runner.open([paths[0]])
            try await runner.run(sources) { outcome in
                aggregators[0].count(outcome)
                aggregators[1].count(outcome)
            }
        } else {
            for side in 0..<2 {
                let sources = runner.open([paths[side]])
                try await runner.run(sources) { aggregators[side].add($0) }
            }
        }
        let labels = label.isEmpty ? sideLabels(paths: paths, roles: options.map(\.role), catalogues: catalogues) : label
        return Array(zip(labels, aggregators))
    }

    /// One side per posting month of the single input, oldest first.
    private func monthlySides(
        runner: inout ReportRunner, options: ReportOptions
    ) async throws -> [(label: String, aggregator: ReportAggregator)] {
        var months: [String: ReportAggregator] = [:]
        var undated = 0
        let sources = runner.open(input.inputs)
        try await runner.run(sources) { outcome in
            guard case .posting(let posting) = outcome, let posted = posting.posted else {
                if case .posting = outcome { undated += 1 }
                return
            }
            let month = String(posted.description.prefix(7))
            months[month, default: ReportAggregator(options: options, duplicateWindow: filters.duplicateWindow)].count(outcome)
        }
        if undated > 0 { printError("compare: \(undated) postings without a posting date left out of --by-month") }
        return months.keys.sorted().compactMap { month in months[month].map { (month, $0) } }
    }

    /// File names, or whole paths when two names clash.
    private static func fileLabels(_ paths: [String]) -> [String] {
        let names = paths.map { $0 == "-" ? "<stdin>" : ($0 as NSString).lastPathComponent }
        return Set(names).count == names.count ? names : paths
    }

    /// The given labels, else file names (whole paths when the names clash), else — for one input
    /// read twice — the roles' names; sides that would still read alike get " (A)" and " (B)".
    private func sideLabels(paths: [String], roles: [RoleSlug?], catalogues: Catalogues) -> [String] {
        var defaults: [String]
        if paths[0] == paths[1] {
            defaults = roles.map { catalogues.subject(for: $0) }
        } else {
            defaults = Self.fileLabels(paths)
        }
        if defaults[0] == defaults[1] {
            defaults = [defaults[0] + " (A)", defaults[1] + " (B)"]
        }
        return [labelA ?? defaults[0], labelB ?? defaults[1]]
    }

    private static func format(ofPath path: String) -> Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "json": .json
        case "md", "markdown": .md
        case "html", "htm": .html
        default: nil
        }
    }
}
