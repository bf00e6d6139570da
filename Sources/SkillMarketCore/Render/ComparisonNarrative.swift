/// The comparison's prose, generated from its numbers by fixed wording rules and shared by the
/// Markdown and HTML renderers. Text is plain: each renderer escapes it.
///
/// A share "rose" or "fell" only when the change is significant after the Benjamini–Hochberg
/// adjustment; a salary difference is called clear only when the two 95 % intervals are disjoint.
public struct ComparisonNarrative: Sendable {
    public let comparison: Comparison

    public init(comparison: Comparison) {
        self.comparison = comparison
    }

    /// "a.jsonl vs b.jsonl" (sides joined by " vs ").
    public var title: String {
        comparison.sides.isEmpty ? "Comparison" : comparison.sides.map(\.label).joined(separator: " vs ")
    }

    /// Label of the first side ("A") and of the last side ("B"), the two every change is measured between.
    public var firstLabel: String { comparison.sides.first?.label ?? "A" }
    public var lastLabel: String { comparison.sides.last?.label ?? "B" }

    /// "Change (B − A)" with the actual labels.
    public var changeHeading: String { "Change (\(lastLabel) − \(firstLabel))" }

    public var keyFindings: [String] {
        [volume, significance, movers(rising: true), movers(rising: false), baseline, salaryShifts].compactMap { $0 }
    }

    private var volume: String? {
        guard !comparison.sides.isEmpty else { return nil }
        let parts = comparison.sides.map {
            "\($0.label): \(NumberFormat.count($0.report.postings.analyzed)) analysed postings"
        }
        return "Compared " + parts.joined(separator: "; ") + "."
    }

    private var significance: String {
        let count = comparison.significantSkills.count
        let total = comparison.skills.count
        if count == 0 {
            return "No skill's share differs significantly between \(firstLabel) and \(lastLabel) "
                + "(\(NumberFormat.count(total)) skills tested; Benjamini–Hochberg at a 5 % false-discovery rate)."
        }
        return "\(NumberFormat.count(count)) of \(NumberFormat.count(total)) skills differ significantly in share "
            + "between \(firstLabel) and \(lastLabel) (Benjamini–Hochberg at a 5 % false-discovery rate)."
    }

    /// Up to three significant risers (or fallers), largest change first.
    private func movers(rising: Bool) -> String? {
        let rows = comparison.significantSkills.filter { rising ? $0.share.delta > 0 : $0.share.delta < 0 }.prefix(3)
        guard !rows.isEmpty else { return nil }
        let items = rows.map { row -> String in
            let first = row.share.cells.first?.share ?? 0, last = row.share.cells.last?.share ?? 0
            return "\(row.skill.rawValue) (\(NumberFormat.points(row.share.delta)): "
                + "\(NumberFormat.percent(first)) → \(NumberFormat.percent(last)))"
        }
        return "\(rising ? "More" : "Less") often asked for in \(lastLabel) than in \(firstLabel): "
            + items.joined(separator: ", ") + "."
    }

    private var baseline: String? {
        let salary = comparison.salaryBaseline
        guard let first = salary.estimates.first ?? nil, let last = salary.estimates.last ?? nil,
            let difference = salary.difference, let overlap = salary.intervalsOverlap
        else { return nil }
        let currency = salary.currency
        return "Median base salary: \(NumberFormat.money(first.median, currency)) in \(firstLabel) and "
            + "\(NumberFormat.money(last.median, currency)) in \(lastLabel) "
            + "(\(NumberFormat.signedMoney(difference, currency)); 95 % intervals "
            + (overlap ? "overlap, so the difference may be chance)." : "do not overlap).")
    }

    private var salaryShifts: String? {
        let clear = comparison.skills.filter { $0.salary.intervalsOverlap == false }
        let compared = comparison.skills.filter { $0.salary.intervalsOverlap != nil }
        guard !compared.isEmpty else { return nil }
        guard !clear.isEmpty else {
            return "For all \(NumberFormat.count(compared.count)) skills with salary figures on both sides, "
                + "the 95 % intervals of the medians overlap."
        }
        let names = clear.prefix(5).map { $0.skill.rawValue }
        return "\(NumberFormat.count(clear.count)) of \(NumberFormat.count(compared.count)) skills with salary "
            + "figures on both sides " + (clear.count == 1 ? "has" : "have") + " disjoint 95 % intervals: "
            + names.joined(separator: ", ")
            + (clear.count > names.count ? ", …" : "") + "."
    }
}
