/// The accumulator's counts by name, built from its dense arrays on demand (cold: once per
/// report, not per posting), and single lookups that do not build a dictionary.
extension ReportAccumulator {
    public var skillCounts: [SkillName: Int] {
        var counts: [SkillName: Int] = [:]
        for (index, total) in skillTotals.enumerated() where total != 0 || skillListed[index] {
            counts[SkillName(skills.names[index])] = total
        }
        return counts
    }

    public var familyCounts: [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(families.names, familyTotals))
    }

    /// Co-occurrence of every pair of skills that occurred together, keyed by the pair in name order.
    public var pairCounts: [SkillPair: Int] {
        var counts: [SkillPair: Int] = [:]
        let names = skills.names.map(SkillName.init)
        for i in names.indices {
            for j in 0...i where pairTotals[Self.pairSlot(i, j)] != 0 {
                counts[SkillPair(names[i], names[j])] = pairTotals[Self.pairSlot(i, j)]
            }
        }
        return counts
    }

    public var seniorityCounts: [Seniority: Int] {
        Self.counts(of: Seniority.allCases, seniorityTotals)
    }

    public var countryCounts: [CountryCode: Int] {
        Dictionary(uniqueKeysWithValues: zip(countryCodes, countryTotals))
    }

    public var workModeCounts: [WorkMode: Int] {
        Self.counts(of: WorkMode.allCases, workModeTotals)
    }

    public var companyCounts: [String: Int] {
        Dictionary(uniqueKeysWithValues: zip(companies.names, companyTotals))
    }

    public var skillSalaries: [SkillName: [Int64]] {
        var lists: [SkillName: [Int64]] = [:]
        for (index, salaries) in skillSalaryLists.enumerated() {
            if let salaries { lists[SkillName(skills.names[index])] = salaries }
        }
        return lists
    }

    /// Postings naming `skill`.
    public func count(of skill: SkillName) -> Int {
        skills.existingIndex(of: skill.rawValue).map { skillTotals[$0] } ?? 0
    }

    /// Postings naming both skills.
    public func count(of pair: SkillPair) -> Int {
        guard let a = skills.existingIndex(of: pair.first.rawValue), let b = skills.existingIndex(of: pair.second.rawValue)
        else { return 0 }
        return pairTotals[Self.pairSlot(a, b)]
    }

    /// Salaries of the postings naming `skill` that are in the salary population (`[]` when none).
    public func salaries(of skill: SkillName) -> [Int64] {
        skills.existingIndex(of: skill.rawValue).flatMap { skillSalaryLists[$0] } ?? []
    }

    private static func counts<Key: CaseIterable & Hashable>(of keys: Key.AllCases, _ totals: [Int?]) -> [Key: Int] {
        var counts: [Key: Int] = [:]
        for (key, total) in zip(keys, totals) {
            if let total { counts[key] = total }
        }
        return counts
    }
}

extension ReportAccumulator: Equatable {
    /// Equal totals, whatever order the names were first seen in (salary lists compare in order).
    public static func == (lhs: ReportAccumulator, rhs: ReportAccumulator) -> Bool {
        lhs.analyzed == rhs.analyzed && lhs.workModeUnknown == rhs.workModeUnknown
            && lhs.baselineSalaries == rhs.baselineSalaries && lhs.skillCounts == rhs.skillCounts
            && lhs.familyCounts == rhs.familyCounts && lhs.pairCounts == rhs.pairCounts
            && lhs.seniorityCounts == rhs.seniorityCounts && lhs.countryCounts == rhs.countryCounts
            && lhs.workModeCounts == rhs.workModeCounts && lhs.companyCounts == rhs.companyCounts
            && lhs.skillSalaries == rhs.skillSalaries
    }
}
