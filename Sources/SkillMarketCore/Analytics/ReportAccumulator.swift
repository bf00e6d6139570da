/// Streaming aggregation for a report: counters and per-skill salary lists, never postings.
///
/// Feed it every analysed posting once (`add`); partial accumulators over disjoint inputs
/// combine exactly with `merge`, so counts, shares and lifts do not depend on how the input
/// was split, and medians are exact because salary lists are kept whole.
public struct ReportAccumulator: Sendable, Equatable {
    public private(set) var analyzed = 0
    public private(set) var skillCounts: [SkillName: Int] = [:]
    public private(set) var familyCounts: [String: Int] = [:]
    /// Co-occurrence of every pair of skills, keyed by the pair in name order.
    public private(set) var pairCounts: [SkillPair: Int] = [:]
    public private(set) var seniorityCounts: [Seniority: Int] = [:]
    public private(set) var countryCounts: [CountryCode: Int] = [:]
    public private(set) var workModeCounts: [WorkMode: Int] = [:]
    /// Postings that say nothing about how people work (`work_modes` is `[]`).
    public private(set) var workModeUnknown = 0
    public private(set) var companyCounts: [String: Int] = [:]
    /// Annual salary midpoints (whole currency units) of postings in the salary population.
    public private(set) var baselineSalaries: [Int64] = []
    public private(set) var skillSalaries: [SkillName: [Int64]] = [:]

    public struct SkillPair: Hashable, Sendable {
        public var first: SkillName
        public var second: SkillName

        /// Orders the two names so (a, b) and (b, a) are the same pair.
        public init(_ a: SkillName, _ b: SkillName) {
            (first, second) = a < b ? (a, b) : (b, a)
        }

        /// A pair already in name order (`first < second`), without comparing again.
        fileprivate init(ordered first: SkillName, _ second: SkillName) {
            self.first = first
            self.second = second
        }
    }

    public init() {}

    /// An accumulator holding these totals, e.g. read back from a `ReportAggregates` document
    /// (salary lists in any order: medians sort them).
    public init(
        analyzed: Int, skillCounts: [SkillName: Int], familyCounts: [String: Int], pairCounts: [SkillPair: Int],
        seniorityCounts: [Seniority: Int], countryCounts: [CountryCode: Int], workModeCounts: [WorkMode: Int],
        workModeUnknown: Int, companyCounts: [String: Int], baselineSalaries: [Int64], skillSalaries: [SkillName: [Int64]]
    ) {
        self.analyzed = analyzed
        self.skillCounts = skillCounts
        self.familyCounts = familyCounts
        self.pairCounts = pairCounts
        self.seniorityCounts = seniorityCounts
        self.countryCounts = countryCounts
        self.workModeCounts = workModeCounts
        self.workModeUnknown = workModeUnknown
        self.companyCounts = companyCounts
        self.baselineSalaries = baselineSalaries
        self.skillSalaries = skillSalaries
    }

    /// Counts one analysed posting; `salary` is its entry in the salary statistics, if any.
    public mutating func add(_ posting: ExtractedPosting, salary: Int64?) {
        analyzed += 1
        for skill in posting.skills { skillCounts[skill, default: 0] += 1 }
        for family in posting.families { familyCounts[family, default: 0] += 1 }
        let skills = posting.skills
        // Extracted skills come sorted and unique: then each pair is in order without comparing names.
        let sorted = zip(skills, skills.dropFirst()).allSatisfy { $0 < $1 }
        for i in skills.indices {
            for j in skills.indices where j > i {
                let pair = sorted ? SkillPair(ordered: skills[i], skills[j]) : SkillPair(skills[i], skills[j])
                pairCounts[pair, default: 0] += 1
            }
        }
        seniorityCounts[posting.seniority, default: 0] += 1
        if let country = posting.country { countryCounts[country, default: 0] += 1 }
        for mode in posting.workModes { workModeCounts[mode, default: 0] += 1 }
        if posting.workModes.isEmpty { workModeUnknown += 1 }
        if let company = posting.company { companyCounts[company, default: 0] += 1 }
        if let salary {
            baselineSalaries.append(salary)
            for skill in skills { skillSalaries[skill, default: []].append(salary) }
        }
    }

    /// Adds another accumulator's counts (exact; salary lists are concatenated).
    public mutating func merge(_ other: ReportAccumulator) {
        analyzed += other.analyzed
        skillCounts.merge(other.skillCounts, uniquingKeysWith: +)
        familyCounts.merge(other.familyCounts, uniquingKeysWith: +)
        pairCounts.merge(other.pairCounts, uniquingKeysWith: +)
        seniorityCounts.merge(other.seniorityCounts, uniquingKeysWith: +)
        countryCounts.merge(other.countryCounts, uniquingKeysWith: +)
        workModeCounts.merge(other.workModeCounts, uniquingKeysWith: +)
        workModeUnknown += other.workModeUnknown
        companyCounts.merge(other.companyCounts, uniquingKeysWith: +)
        baselineSalaries += other.baselineSalaries
        skillSalaries.merge(other.skillSalaries, uniquingKeysWith: +)
    }
}
