/// Labelled reports side by side (`skillmarket compare`): per skill, family, seniority level,
/// country and work mode the postings and share on every side, the change in share, a
/// significance test, and salary medians with their difference.
///
/// Sides are ordered; every change is measured from the **first** side to the **last** one
/// (`last − first`), so two sides read "B minus A" and a dated series reads "latest minus
/// earliest". Two sides are what `compare` builds today; more sides (snapshots over time) fit
/// the same rows, whose `cells` hold one entry per side.
///
/// Significance: a two-sided pooled two-proportion z-test (`ProportionTest`) of first against
/// last per row, then Benjamini–Hochberg q-values within each table (skills, families, …);
/// a row is `significant` when its q-value is below `Comparison.falseDiscoveryRate` (0.05),
/// which keeps the expected share of false discoveries among the flagged rows at 5 %.
public struct Comparison: Sendable, Equatable {
    public static let schema = "skillmarket.compare/1"
    /// The false-discovery rate at which a row is flagged `significant`.
    public static let falseDiscoveryRate = 0.05

    public var sides: [Side]
    /// Median base salary of all analysed postings per side.
    public var salaryBaseline: SalaryDelta
    /// The union of every side's skills, by |delta| descending, then by name.
    public var skills: [SkillDelta]
    public var families: [ShareDelta]
    public var seniority: [ShareDelta]
    public var countries: [ShareDelta]
    public var workModes: [ShareDelta]

    /// A report with the label it is shown under ("jobs-2026-05.jsonl", "Data Engineer").
    public struct Side: Sendable, Equatable {
        public var label: String
        public var report: Report

        public init(label: String, report: Report) {
            self.label = label
            self.report = report
        }
    }

    /// Postings and share of one row on one side; share is a fraction of that side's analysed postings.
    public struct Cell: Sendable, Equatable {
        public var postings: Int
        public var share: Double

        public init(postings: Int, share: Double) {
            self.postings = postings
            self.share = share
        }
    }

    /// One named row of a share table compared across the sides.
    public struct ShareDelta: Sendable, Equatable {
        public var name: String
        /// One cell per side, in side order (zero postings where a side lacks the row).
        public var cells: [Cell]
        /// Last side's share minus the first side's, as a fraction (0.031 is +3.1 percentage points).
        public var delta: Double
        /// Two-sided p-value of the two-proportion z-test, first side against last.
        public var pValue: Double
        /// Benjamini–Hochberg adjusted p-value within the row's table.
        public var qValue: Double
        /// `qValue < Comparison.falseDiscoveryRate`.
        public var significant: Bool
    }

    public struct SkillDelta: Sendable, Equatable {
        public var skill: SkillName
        public var family: String
        /// `share.name` is the skill's name.
        public var share: ShareDelta
        public var salary: SalaryDelta
    }

    /// Median salaries per side with the change between the first and last side.
    public struct SalaryDelta: Sendable, Equatable {
        /// Currency of the figures (the first side's salary currency).
        public var currency: CurrencyCode
        /// One estimate per side; `nil` where that side has too few data points.
        public var estimates: [MedianEstimate?]
        /// Last median minus first median; `nil` unless both have one in the same currency.
        public var difference: Int64?
        /// Whether the first and last 95 % intervals share any value; `nil` unless both exist.
        /// Disjoint intervals suggest a real difference; overlapping ones do not rule one out.
        public var intervalsOverlap: Bool?

        /// Whether any side has an estimate.
        public var hasData: Bool { estimates.contains { $0 != nil } }
    }

    /// The skill rows that changed significantly, in row order.
    public var significantSkills: [SkillDelta] { skills.filter(\.share.significant) }
}
