/// Turns accumulated counts into the finished report: shares, tiers, medians with intervals,
/// premiums, top-skill pairs with lift, and every list in its contract order.
public struct ReportBuilder: Sendable {
    public let options: ReportOptions
    public let taxonomy: Taxonomy

    public init(options: ReportOptions, taxonomy: Taxonomy) {
        self.options = options
        self.taxonomy = taxonomy
    }

    public func build(counts: Report.PostingCounts, accumulator: ReportAccumulator) -> Report {
        let analyzed = accumulator.analyzed
        let baseline = MedianEstimate(values: accumulator.baselineSalaries).map {
            Report.SalaryBaseline(currency: options.salaryCurrency, country: options.salaryCountry, estimate: $0)
        }
        let skills = Self.ranked(accumulator.skillCounts.map { ($0.key.rawValue, $0.value) }).map { name, postings in
            let skill = SkillName(name)
            let share = Self.share(postings, of: analyzed)
            return Report.SkillRow(
                skill: skill, family: taxonomy.family(of: skill) ?? "", postings: postings, share: share,
                tier: Report.Tier(share: share),
                salary: skillSalary(accumulator.salaries(of: skill), baseline: baseline))
        }
        return Report(
            role: options.role, asOf: options.asOf, postings: counts, salaryBaseline: baseline,
            skills: skills,
            families: shareRows(accumulator.familyCounts.map { ($0.key, $0.value) }, of: analyzed),
            pairs: pairs(among: skills.prefix(options.pairSkills).map(\.skill), accumulator: accumulator),
            seniority: shareRows(Seniority.allCases.map { ($0.rawValue, accumulator.seniorityCounts[$0] ?? 0) }, of: analyzed),
            countries: shareRows(accumulator.countryCounts.map { ($0.key.rawValue, $0.value) }, of: analyzed),
            workModes: shareRows(WorkMode.allCases.map { ($0.rawValue, accumulator.workModeCounts[$0] ?? 0) }, of: analyzed),
            workModeUnknown: accumulator.workModeUnknown,
            companies: Self.ranked(accumulator.companyCounts.map { ($0.key, $0.value) }).prefix(options.topCompanies).map {
                Report.CompanyRow(company: $0.0, postings: $0.1)
            })
    }

    private func skillSalary(_ values: [Int64], baseline: Report.SalaryBaseline?) -> Report.SkillSalary? {
        guard values.count >= max(1, options.minN), let estimate = MedianEstimate(values: values) else { return nil }
        return Report.SkillSalary(estimate: estimate, premium: estimate.median - (baseline?.estimate.median ?? 0))
    }

    /// Every pair among `top`, sorted by co-occurring postings descending, then by names.
    private func pairs(among top: [SkillName], accumulator: ReportAccumulator) -> [Report.PairRow] {
        let analyzed = accumulator.analyzed
        let pairCount = top.count * (top.count - 1) / 2
        var rows: [Report.PairRow] = []
        for i in top.indices {
            for j in top.indices where j > i {
                let pair = ReportAccumulator.SkillPair(top[i], top[j])
                let both = accumulator.count(of: pair)
                let association = Association(
                    both: both, countA: accumulator.count(of: pair.first),
                    countB: accumulator.count(of: pair.second), total: analyzed)
                rows.append(
                    Report.PairRow(
                        a: pair.first, b: pair.second, postings: both, share: Self.share(both, of: analyzed),
                        association: association,
                        significant: association.pValue < 0.05 / Double(max(1, pairCount))))
            }
        }
        return rows.sorted {
            ($0.postings, $1.a, $1.b) > ($1.postings, $0.a, $0.b)
        }
    }

    private func shareRows(_ counts: [(String, Int)], of analyzed: Int) -> [Report.ShareRow] {
        Self.ranked(counts).map { Report.ShareRow(name: $0.0, postings: $0.1, share: Self.share($0.1, of: analyzed)) }
    }

    /// Count descending, then name ascending.
    static func ranked(_ counts: [(String, Int)]) -> [(String, Int)] {
        counts.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
    }

    static func share(_ count: Int, of total: Int) -> Double {
        total == 0 ? 0 : Double(count) / Double(total)
    }
}
