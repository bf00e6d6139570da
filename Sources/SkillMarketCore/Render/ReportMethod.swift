/// How each statistic is computed, in one line each; the Markdown and HTML reports and the
/// README share these words. `anchor` is the HTML id every figure links to.
public enum ReportMethod {
    public struct Note: Sendable, Equatable {
        public var anchor: String
        public var title: String
        public var text: String
    }

    public static let notes: [Note] = [
        Note(
            anchor: "method-postings", title: "Postings",
            text: "Input counts every record read; rejected records are unreadable or have no title; duplicates are "
                + "reposts of an opening already counted (same company, title and location with a near-identical "
                + "description); in-role postings match the chosen role; analysed postings are also active on the "
                + "as-of date and in the chosen country."),
        Note(
            anchor: "method-share", title: "Share",
            text: "Postings that mention a skill (through any of its aliases) divided by analysed postings; a posting "
                + "counts once per skill however often it repeats it."),
        Note(
            anchor: "method-tier", title: "Tier",
            text: "Table stakes at 50 % or more, common from 20 %, differentiator from 5 %, niche below 5 %."),
        Note(
            anchor: "method-family", title: "Family share",
            text: "Postings that mention at least one skill of the family, divided by analysed postings."),
        Note(
            anchor: "method-salary", title: "Salary",
            text: "Base annual salary of postings in the salary country and currency; a range counts as its "
                + "midpoint, hourly ×2,080, daily ×260, weekly ×52, monthly ×12; open-ended figures, bonus, OTE "
                + "and commission figures are left out."),
        Note(
            anchor: "method-ci", title: "Confidence interval",
            text: "Distribution-free 95 % interval for a median from order statistics of the binomial(n, ½) "
                + "distribution; a skill gets salary figures only with at least the minimum number of data points."),
        Note(
            anchor: "method-premium", title: "Premium",
            text: "A skill's median minus the baseline median; a skill pays more or less only when its whole "
                + "interval lies above or below the baseline median."),
        Note(
            anchor: "method-lift", title: "Lift",
            text: "P(both) / (P(a) · P(b)) over analysed postings for every pair among the 25 most frequent "
                + "skills; significant when Pearson's χ² p-value is below 0.05 divided by the number of pairs."),
        Note(
            anchor: "method-seniority", title: "Seniority",
            text: "From the title first (Intern, Junior, Senior, Staff, Principal, Lead …), then required years of "
                + "experience in the description; mid when nothing says otherwise."),
        Note(
            anchor: "method-geography", title: "Countries and work modes",
            text: "Country from structured fields, then the location text; work modes from a structured field, "
                + "then the text with negations respected; a posting can carry several modes or none."),
        Note(
            anchor: "method-companies", title: "Companies",
            text: "Distinct postings per company after name normalisation (legal suffixes, case, known aliases)."),
    ]
}
