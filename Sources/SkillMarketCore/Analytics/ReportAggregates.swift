/// Everything a report is computed from, as one document (`skillmarket.aggregates/1`): the
/// filters the postings were counted under, the stage counts and a `ReportAccumulator`.
///
/// A distributed run (the Spark job in `distributed/`) counts postings elsewhere and writes this
/// document; `skillmarket report --from-aggregates` reads it and renders the report through the
/// same `ReportBuilder`, so both paths produce the same report from the same counts.
///
/// Exactness: every count is a sum, so partial documents merge exactly, and shares and lifts
/// follow. Salaries are kept whole, as value → postings histograms, so medians and their
/// intervals are exact too. Memory: one entry per distinct salary value per skill (at most one
/// per salaried posting and skill), which stays in the megabytes for millions of postings.
public struct ReportAggregates: Sendable, Equatable {
    public static let schema = "skillmarket.aggregates/1"

    /// The filters that chose the counted postings and the salary population (role, as-of,
    /// country, salary country and currency). Build-time settings (`minN`, `pairSkills`,
    /// `topCompanies`) are the reader's choice.
    public var options: ReportOptions
    public var counts: Report.PostingCounts
    public var accumulator: ReportAccumulator

    public init(options: ReportOptions, counts: Report.PostingCounts, accumulator: ReportAccumulator) {
        self.options = options
        self.counts = counts
        self.accumulator = accumulator
    }

    /// What an aggregator has counted so far.
    public init(_ aggregator: ReportAggregator) {
        self.init(options: aggregator.options, counts: aggregator.counts, accumulator: aggregator.accumulator)
    }

    /// The report of these counts; `minN` replaces the options' own when given.
    public func report(taxonomy: Taxonomy, minN: Int? = nil) -> Report {
        var options = options
        if let minN { options.minN = minN }
        return ReportBuilder(options: options, taxonomy: taxonomy).build(counts: counts, accumulator: accumulator)
    }
}
