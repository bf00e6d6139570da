/// Renders a report as Markdown: key findings, tables for every section, FAQ and method.
public struct MarkdownReport: Sendable {
    public let report: Report
    public let narrative: ReportNarrative

    public init(report: Report, subject: String) {
        self.report = report
        self.narrative = ReportNarrative(report: report, subject: subject)
    }

    public func render() -> String {
        var lines: [String] = []
        lines.append("# \(narrative.subject) skills report" + (report.asOf.map { " (as of \($0))" } ?? ""))
        lines.append("")
        lines.append("## Key findings")
        lines.append("")
        lines += narrative.keyFindings.map { "- " + Self.cell($0) }
        lines.append("")
        lines += skillsSection
        lines += salarySection
        lines += shareTable("Skill families", header: "Family", report.families, note: "A posting counts once per family.")
        lines += pairsSection
        lines += shareTable("Seniority", header: "Level", report.seniority, note: nil)
        lines += shareTable("Countries", header: "Country", report.countries, note: "Postings with an unknown country are not listed.")
        lines += shareTable(
            "Work modes", header: "Mode", report.workModes,
            note: "A posting can carry several modes; \(NumberFormat.count(report.workModeUnknown)) give no signal.")
        lines += companiesSection
        lines.append("## Questions")
        lines.append("")
        for question in narrative.questions {
            lines.append("**\(Self.cell(question.question))**  ")
            lines.append(Self.cell(question.answer))
            lines.append("")
        }
        lines.append("## Method")
        lines.append("")
        lines += ReportMethod.notes.map { "- **\($0.title).** \($0.text)" }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    private var skillsSection: [String] {
        var lines = ["## Skills", "", "| Skill | Family | Postings | Share | Tier |", "|---|---|---:|---:|---|"]
        for row in report.skills {
            lines.append(
                "| \(Self.cell(row.skill.rawValue)) | \(Self.cell(row.family)) | \(NumberFormat.count(row.postings)) | "
                    + "\(NumberFormat.percent(row.share)) | \(row.tier.rawValue) |")
        }
        return lines + [""]
    }

    private var salarySection: [String] {
        guard let baseline = report.salaryBaseline else { return [] }
        let currency = baseline.currency
        var lines = [
            "## Salary by skill", "",
            "Baseline: \(NumberFormat.money(baseline.estimate.median, currency)) median base salary "
                + "(\(baseline.country), \(currency), n = \(NumberFormat.count(baseline.estimate.n)), 95 % CI "
                + "\(NumberFormat.money(baseline.estimate.low, currency))–\(NumberFormat.money(baseline.estimate.high, currency))).",
            "", "| Skill | Median | 95 % CI | n | vs baseline | Reading |", "|---|---:|---:|---:|---:|---|",
        ]
        let rows = report.skills.compactMap { row in row.salary.map { (row.skill, $0) } }
            .sorted { $0.1.premium != $1.1.premium ? $0.1.premium > $1.1.premium : $0.0 < $1.0 }
        for (skill, salary) in rows {
            let reading =
                switch narrative.signal(salary) {
                case .above: "above baseline"
                case .below: "below baseline"
                case .close: "not distinguishable"
                }
            lines.append(
                "| \(Self.cell(skill.rawValue)) | \(NumberFormat.money(salary.estimate.median, currency)) | "
                    + "\(NumberFormat.money(salary.estimate.low, currency))–\(NumberFormat.money(salary.estimate.high, currency)) | "
                    + "\(NumberFormat.count(salary.estimate.n)) | \(NumberFormat.signedMoney(salary.premium, currency)) | \(reading) |")
        }
        if rows.isEmpty { lines.append("| (no skill has enough salary data points) | | | | | |") }
        return lines + [""]
    }

    private var pairsSection: [String] {
        let shown = report.pairs.filter { $0.postings > 0 }
            .sorted { ($0.association.lift, $1.a, $1.b) > ($1.association.lift, $0.a, $0.b) }.prefix(20)
        guard !shown.isEmpty else { return [] }
        var lines = [
            "## Skill pairs", "", "The 20 pairs with the highest lift among the most frequent skills.", "",
            "| Pair | Postings | Share | Lift | p | Significant |", "|---|---:|---:|---:|---:|---|",
        ]
        for pair in shown {
            lines.append(
                "| \(Self.cell(pair.a.rawValue)) + \(Self.cell(pair.b.rawValue)) | \(NumberFormat.count(pair.postings)) | "
                    + "\(NumberFormat.percent(pair.share)) | \(NumberFormat.ratio(pair.association.lift)) | "
                    + "\(NumberFormat.pValue(pair.association.pValue)) | \(pair.significant ? "yes" : "no") |")
        }
        return lines + [""]
    }

    private var companiesSection: [String] {
        guard !report.companies.isEmpty else { return [] }
        var lines = ["## Top companies", "", "| Company | Distinct postings |", "|---|---:|"]
        lines += report.companies.map { "| \(Self.cell($0.company)) | \(NumberFormat.count($0.postings)) |" }
        return lines + [""]
    }

    private func shareTable(_ title: String, header: String, _ rows: [Report.ShareRow], note: String?) -> [String] {
        var lines = ["## \(title)", ""]
        if let note { lines += [note, ""] }
        lines += ["| \(header) | Postings | Share |", "|---|---:|---:|"]
        lines += rows.map { "| \(Self.cell($0.name)) | \(NumberFormat.count($0.postings)) | \(NumberFormat.percent($0.share)) |" }
        return lines + [""]
    }

    static func cell(_ text: String) -> String { MarkdownEscaping.escape(text) }
}
