/// The report of SPEC section 3: what `report --format json` writes, and what Markdown and
/// HTML render. Shares are fractions of `postings.analyzed`; every list is sorted by
/// postings descending, then by name.
public struct Report: Sendable, Equatable {
    public static let schema = "skillmarket.report/1"

    public var role: RoleSlug?
    public var asOf: Day?
    public var postings: PostingCounts
    public var salaryBaseline: SalaryBaseline?
    public var skills: [SkillRow]
    public var families: [ShareRow]
    public var pairs: [PairRow]
    public var seniority: [ShareRow]
    public var countries: [ShareRow]
    public var workModes: [ShareRow]
    /// Analysed postings with no work-mode signal (not part of the JSON contract).
    public var workModeUnknown: Int
    public var companies: [CompanyRow]

    /// How many postings each stage kept: input → distinct → in role → analysed.
    public struct PostingCounts: Sendable, Equatable {
        /// Records read, rejected ones included.
        public var input: Int
        public var rejected: Int
        public var duplicates: Int
        public var distinct: Int
        public var inRole: Int
        public var analyzed: Int

        public init(input: Int, rejected: Int, duplicates: Int, distinct: Int, inRole: Int, analyzed: Int) {
            self.input = input
            self.rejected = rejected
            self.duplicates = duplicates
            self.distinct = distinct
            self.inRole = inRole
            self.analyzed = analyzed
        }
    }

    /// The median base annual salary of every analysed posting with salary data.
    public struct SalaryBaseline: Sendable, Equatable {
        public var currency: CurrencyCode
        public var country: CountryCode
        public var estimate: MedianEstimate
    }

    public struct SkillRow: Sendable, Equatable {
        public var skill: SkillName
        public var family: String
        public var postings: Int
        public var share: Double
        public var tier: Tier
        /// `nil` below `--min-n` data points.
        public var salary: SkillSalary?
    }

    public struct SkillSalary: Sendable, Equatable {
        public var estimate: MedianEstimate
        /// Skill median minus the baseline median.
        public var premium: Int64
    }

    public struct ShareRow: Sendable, Equatable {
        public var name: String
        public var postings: Int
        public var share: Double
    }

    public struct PairRow: Sendable, Equatable {
        public var a: SkillName
        public var b: SkillName
        public var postings: Int
        public var share: Double
        public var association: Association
        /// Whether the association survives a Bonferroni-corrected 5 % test over all listed pairs.
        public var significant: Bool
    }

    public struct CompanyRow: Sendable, Equatable {
        public var company: String
        public var postings: Int

        public init(company: String, postings: Int) {
            self.company = company
            self.postings = postings
        }
    }

    /// Prevalence tiers: table-stakes ≥ 50 %, common 20–50 %, differentiator 5–20 %, niche < 5 %.
    public enum Tier: String, Sendable, CaseIterable {
        case tableStakes = "table-stakes"
        case common
        case differentiator
        case niche

        public init(share: Double) {
            switch share {
            case 0.5...: self = .tableStakes
            case 0.2..<0.5: self = .common
            case 0.05..<0.2: self = .differentiator
            default: self = .niche
            }
        }
    }
}
