/// The trend view of a comparison whose sides are dated snapshots (oldest first): one
/// `TrendChart` per skill with its share on every side, for the skills whose share changed
/// most from the first snapshot to the last (the comparison's own skill order).
public struct ComparisonTrends: Sendable {
    public let comparison: Comparison
    /// How many skills get a chart.
    public var chartedSkills: Int

    public init(comparison: Comparison, chartedSkills: Int = 12) {
        self.comparison = comparison
        self.chartedSkills = chartedSkills
    }

    /// Whether there is a trend to draw: three or more sides (two are the delta chart's job).
    public var applies: Bool { comparison.sides.count >= 3 }

    /// One chart per charted skill; x-axis categories are the side labels in side order.
    public func charts() -> [TrendChart] {
        let periods = comparison.sides.map(\.label)
        return comparison.skills.prefix(chartedSkills).map { row in
            let points = zip(periods, row.share.cells).map { TrendChart.Point(period: $0, value: $1.share) }
            let first = row.share.cells.first?.share ?? 0, last = row.share.cells.last?.share ?? 0
            return TrendChart(
                id: "trend-" + HTMLReport.anchor(for: row.skill), title: row.skill.rawValue,
                summary: "Share of analysed postings mentioning \(row.skill.rawValue) per snapshot: "
                    + "\(NumberFormat.percent(first)) in \(periods.first ?? "") to \(NumberFormat.percent(last)) in "
                    + "\(periods.last ?? "") (\(NumberFormat.points(row.share.delta)), "
                    + (row.share.significant ? "significant" : "not significant") + ").",
                series: [TrendChart.Series(label: row.skill.rawValue, points: points)], periods: periods)
        }
    }
}
