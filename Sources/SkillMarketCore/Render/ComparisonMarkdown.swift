/// Renders a comparison as Markdown: key findings, the inputs, one table per section with a
/// column per side, the change, p, q and the significance flag, then the method.
public struct ComparisonMarkdown: Sendable {
    public let comparison: Comparison
    public let narrative: ComparisonNarrative

    public init(comparison: Comparison) {
        self.comparison = comparison
        self.narrative = ComparisonNarrative(comparison: comparison)
    }

    /// The whole document; the same comparison always gives the same text.
    public func render() -> String {
        var lines = ["# Comparison: " + cell(narrative.title), "", "## Key findings", ""]
        lines += narrative.keyFindings.map { "- " + cell($0) }
        lines.append("")
        lines += inputsSection
        lines += shareSection(
            "Skills", header: "Skill", rows: comparison.skills.map(\.share),
            families: comparison.skills.map(\.family))
        lines += salarySection
        lines += shareSection("Skill families", header: "Family", rows: comparison.families)
        lines += shareSection("Seniority", header: "Level", rows: comparison.seniority)
        lines += shareSection("Countries", header: "Country", rows: comparison.countries)
        lines += shareSection("Work modes", header: "Mode", rows: comparison.workModes)
        lines += ["## Method", ""]
        lines += ComparisonMethod.notes.map { "- **\($0.title).** \($0.text)" }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    private var sideHeaders: String {
        comparison.sides.map { " " + cell($0.label) + " |" }.joined()
    }

    private var inputsSection: [String] {
        let sides = comparison.sides
        var lines = ["## Inputs", "", "| |" + sideHeaders, "|---|" + String(repeating: "---:|", count: sides.count)]
        func row(_ name: String, _ value: (Report) -> String) {
            lines.append("| \(name) |" + sides.map { " " + cell(value($0.report)) + " |" }.joined())
        }
        row("Role") { $0.role?.rawValue ?? "all roles" }
        row("As of") { $0.asOf?.description ?? "all dates" }
        row("Input records") { NumberFormat.count($0.postings.input) }
        row("Distinct postings") { NumberFormat.count($0.postings.distinct) }
        row("Analysed postings") { NumberFormat.count($0.postings.analyzed) }
        row("Median base salary") { report in
            guard let baseline = report.salaryBaseline else { return "no data" }
            return Self.estimate(baseline.estimate, baseline.currency)
        }
        return lines + [""]
    }

    private func shareSection(
        _ title: String, header: String, rows: [Comparison.ShareDelta], families: [String]? = nil
    ) -> [String] {
        var lines = ["## \(title)", ""]
        if title == "Skills" {
            lines += [
                "Shares are of each side's analysed postings; the change is in percentage points; significant "
                    + "means Benjamini–Hochberg q < 0.05.", "",
            ]
        }
        let familyHeader = families == nil ? "" : " Family |"
        lines.append(
            "| \(header) |" + familyHeader + sideHeaders + " " + cell(narrative.changeHeading)
                + " | p | q | Significant |")
        lines.append(
            "|---|" + (families == nil ? "" : "---|") + String(repeating: "---:|", count: comparison.sides.count)
                + "---:|---:|---:|---|")
        for (index, row) in rows.enumerated() {
            let family = families.map { " " + cell($0[index]) + " |" } ?? ""
            let cells = row.cells.map { " \(NumberFormat.percent($0.share)) (\(NumberFormat.count($0.postings))) |" }
            lines.append(
                "| \(cell(row.name)) |" + family + cells.joined() + " \(NumberFormat.points(row.delta)) | "
                    + "\(NumberFormat.pValue(row.pValue)) | \(NumberFormat.pValue(row.qValue)) | "
                    + (row.significant ? "yes" : "no") + " |")
        }
        if rows.isEmpty { lines.append("| (no data) |" + String(repeating: " |", count: comparison.sides.count + 4)) }
        return lines + [""]
    }

    private var salarySection: [String] {
        let rows = comparison.skills.filter(\.salary.hasData)
        guard !rows.isEmpty || comparison.salaryBaseline.hasData else { return [] }
        var lines = [
            "## Salary by skill", "",
            "Median base salary with its 95 % interval per side; the difference is "
                + cell(narrative.lastLabel) + " − " + cell(narrative.firstLabel)
                + ". Medians are not tested: disjoint intervals mark a clear difference.", "",
            "| Skill |" + sideHeaders + " Difference | Intervals |",
            "|---|" + String(repeating: "---:|", count: comparison.sides.count) + "---:|---|",
        ]
        lines.append(salaryRow("All analysed postings (baseline)", comparison.salaryBaseline))
        for row in rows { lines.append(salaryRow(row.skill.rawValue, row.salary)) }
        return lines + [""]
    }

    private func salaryRow(_ name: String, _ salary: Comparison.SalaryDelta) -> String {
        let cells = salary.estimates.map { " " + ($0.map { Self.estimate($0, salary.currency) } ?? "–") + " |" }
        let difference = salary.difference.map { NumberFormat.signedMoney($0, salary.currency) } ?? "–"
        let reading = salary.intervalsOverlap.map { $0 ? "overlap" : "do not overlap" } ?? "–"
        return "| \(cell(name)) |" + cells.joined() + " \(difference) | \(reading) |"
    }

    /// "$193,000 ($190,500–$195,000, n = 1,272)"
    static func estimate(_ estimate: MedianEstimate, _ currency: CurrencyCode) -> String {
        NumberFormat.money(estimate.median, currency) + " (" + NumberFormat.money(estimate.low, currency) + "–"
            + NumberFormat.money(estimate.high, currency) + ", n = " + NumberFormat.count(estimate.n) + ")"
    }

    private func cell(_ text: String) -> String { MarkdownEscaping.escape(text) }
}
