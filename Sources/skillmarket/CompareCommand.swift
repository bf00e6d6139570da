import ArgumentParser
import Foundation
import SkillMarketCore

/// `skillmarket compare A B`: two snapshots or two roles side by side, with share changes and
/// a significance test per skill.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two inputs (two snapshots, or two roles of one input) skill by skill.",
        discussion: """
            Builds the report of each side exactly like `report` (duplicates removed, --as-of and --country \
            applied) and compares them: per skill, family, seniority level, country and work mode the share on \
            each side, the change B − A in percentage points, a two-proportion z-test and Benjamini–Hochberg \
            q-values (significant when q < 0.05), and salary medians with their 95 % intervals. Give the same \
            file twice with --role-a/--role-b to compare two roles (it is read once; '-' works too). Labels \
            default to the file names, or to the role names when both sides read the same input.
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

    @Option(help: "Role of side A (overrides --role for A).")
    var roleA: String?

    @Option(help: "Role of side B (overrides --role for B).")
    var roleB: String?

    @Option(help: "json, md or html (default: from --out's extension, else json).")
    var format: Format?

    @Option(help: "Write here instead of stdout (atomically: a temporary file renamed into place).")
    var out: String?

    func validate() throws {
        guard input.inputs.count == 2 else {
            throw ValidationError("compare expects exactly two inputs A and B, got \(input.inputs.count)")
        }
        if filters.role != nil && (roleA != nil || roleB != nil) {
            throw ValidationError("give either --role (both sides) or --role-a/--role-b, not both")
        }
    }

    func run() async throws {
        let catalogues = try input.loadCatalogues()
        let base = try filters.reportOptions(defaults: nil)
        let paths = input.inputs
        var options = [base, base]
        options[0].role = (roleA ?? filters.role).map(RoleSlug.init)
        options[1].role = (roleB ?? filters.role).map(RoleSlug.init)
        var aggregators = options.map { ReportAggregator(options: $0, duplicateWindow: filters.duplicateWindow) }
        let output = try OutputFile(path: out)
        var runner = ReportRunner(catalogues: catalogues, input: input)
        if paths[0] == paths[1] {
            // One input, two views of it: read it once (it may be stdin) and feed both sides.
            let sources = runner.open([paths[0]])
            try await runner.run(sources) { outcome in
                aggregators[0].add(outcome)
                aggregators[1].add(outcome)
            }
        } else {
            for side in 0..<2 {
                let sources = runner.open([paths[side]])
                try await runner.run(sources) { aggregators[side].add($0) }
            }
        }
        let labels = sideLabels(paths: paths, roles: options.map(\.role), catalogues: catalogues)
        for (label, aggregator) in zip(labels, aggregators) {
            let counts = aggregator.counts
            printError(
                "compare: \(label): \(counts.input) read, \(counts.rejected) rejected, \(counts.duplicates) duplicates, "
                    + "\(counts.distinct) distinct, \(counts.inRole) in role, \(counts.analyzed) analysed")
        }
        if runner.diagnostics.failed { throw ExitCode(1) }
        let comparison = Comparison(
            sides: zip(labels, aggregators).map {
                Comparison.Side(label: $0, report: $1.report(taxonomy: catalogues.taxonomy))
            })
        switch format ?? out.flatMap(Self.format(ofPath:)) ?? .json {
        case .json: try output.write(comparison.json() + "\n")
        case .md: try output.write(ComparisonMarkdown(comparison: comparison).render())
        case .html: try output.write(ComparisonHTML(comparison: comparison).render())
        }
        try output.close()
    }

    /// The given labels, else file names (whole paths when the names clash), else — for one input
    /// read twice — the roles' names; sides that would still read alike get " (A)" and " (B)".
    private func sideLabels(paths: [String], roles: [RoleSlug?], catalogues: Catalogues) -> [String] {
        var defaults: [String]
        if paths[0] == paths[1] {
            defaults = roles.map { catalogues.subject(for: $0) }
        } else {
            defaults = paths.map { $0 == "-" ? "<stdin>" : ($0 as NSString).lastPathComponent }
            if defaults[0] == defaults[1] { defaults = paths }
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
