/// How the comparison's figures are computed, one line each, for the Markdown and HTML method sections.
public enum ComparisonMethod {
    public static let notes: [ReportMethod.Note] =
        [
            ReportMethod.Note(
                anchor: "method-change", title: "Change",
                text: "The last side's share minus the first side's (B − A), in percentage points; each share is "
                    + "postings mentioning the row divided by that side's analysed postings."),
            ReportMethod.Note(
                anchor: "method-test", title: "Significance",
                text: "A two-sided two-proportion z-test with the pooled standard error gives each row's p-value; "
                    + "Benjamini–Hochberg adjusts the p-values within each table (q = min over larger ranks of "
                    + "p · m / rank), and a row is significant when q < 0.05, so at most about 5 % of the flagged "
                    + "rows are expected to be false discoveries."),
            ReportMethod.Note(
                anchor: "method-salary-difference", title: "Salary difference",
                text: "The last side's median minus the first side's; no test is run on medians: when the two "
                    + "distribution-free 95 % intervals do not overlap the difference is clear, when they overlap it "
                    + "may be chance."),
        ]
        + ReportMethod.notes.filter {
            ["method-postings", "method-share", "method-family", "method-salary", "method-ci", "method-geography"]
                .contains($0.anchor)
        }
}
