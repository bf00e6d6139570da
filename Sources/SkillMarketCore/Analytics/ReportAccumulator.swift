/// Streaming aggregation for a report: counters and per-skill salary lists, never postings.
///
/// Feed it every analysed posting once (`add`); partial accumulators over disjoint inputs
/// combine exactly with `merge`, so counts, shares and lifts do not depend on how the input
/// was split, and medians are exact because salary lists are kept whole.
///
/// `add` runs once per posting on the report's ordered (single-threaded) path, so it counts
/// into arrays: each skill, family, country and company name gets a dense index on first sight
/// (`NameIndex`), pairs live in a triangular matrix of those indexes, and the dictionaries the
/// report reads (`skillCounts`, `pairCounts`…, in `ReportAccumulator+Totals.swift`) are built on
/// demand.
public struct ReportAccumulator: Sendable {
    public private(set) var analyzed = 0
    /// Postings that say nothing about how people work (`work_modes` is `[]`).
    public private(set) var workModeUnknown = 0
    /// Annual salary midpoints (whole currency units) of postings in the salary population.
    public private(set) var baselineSalaries: [Int64] = []

    private(set) var skills = NameIndex()
    /// Per skill index: postings naming the skill.
    private(set) var skillTotals: [Int] = []
    /// Per skill index: listed in `skillCounts` even at 0 (a total read back as 0); a skill only
    /// met in pairs or salary lists read back is not listed.
    private(set) var skillListed: [Bool] = []
    /// Co-occurrence per pair of skill indexes (i, j), j ≤ i, at `Self.pairSlot(i, j)`.
    private(set) var pairTotals: [Int] = []
    /// Per skill index: salaries of its postings in the salary population; `nil` before the first.
    private(set) var skillSalaryLists: [[Int64]?] = []
    private(set) var families = NameIndex()
    private(set) var familyTotals: [Int] = []
    private(set) var countryCodes: [CountryCode] = []
    private(set) var countries = NameIndex()
    private(set) var countryTotals: [Int] = []
    private(set) var companies = NameIndex(memoizing: false)
    private(set) var companyTotals: [Int] = []
    /// Per `Seniority.allCases` position; `nil` until counted.
    private(set) var seniorityTotals = [Int?](repeating: nil, count: Seniority.allCases.count)
    /// Per `WorkMode.allCases` position; `nil` until counted.
    private(set) var workModeTotals = [Int?](repeating: nil, count: WorkMode.allCases.count)

    public struct SkillPair: Hashable, Sendable {
        public var first: SkillName
        public var second: SkillName

        /// Orders the two names so (a, b) and (b, a) are the same pair.
        public init(_ a: SkillName, _ b: SkillName) {
            (first, second) = a < b ? (a, b) : (b, a)
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
        self.workModeUnknown = workModeUnknown
        self.baselineSalaries = baselineSalaries
        for (skill, count) in skillCounts {
            let index = skillIndex(of: skill)
            skillTotals[index] += count
            skillListed[index] = true
        }
        for (pair, count) in pairCounts { addPair(skillIndex(of: pair.first), skillIndex(of: pair.second), count: count) }
        for (skill, salaries) in skillSalaries { appendSalaries(salaries, toSkill: skillIndex(of: skill)) }
        for (family, count) in familyCounts { familyTotals[familyIndex(of: family)] += count }
        for (country, count) in countryCounts { countryTotals[countryIndex(of: country)] += count }
        for (company, count) in companyCounts { companyTotals[companyIndex(of: company)] += count }
        for (level, count) in seniorityCounts { Self.accumulate(count, into: &seniorityTotals[level.position]) }
        for (mode, count) in workModeCounts { Self.accumulate(count, into: &workModeTotals[mode.position]) }
    }

    /// Counts one analysed posting; `salary` is its entry in the salary statistics, if any.
    public mutating func add(_ posting: ExtractedPosting, salary: Int64?) {
        analyzed += 1
        addSkills(posting.skills, salary: salary)
        // Names read in place, through the buffer: a `for … in` over the array retains and releases each
        // one, names a worker made on the other core (`CatalogueNames`), each retain waiting for its line.
        posting.families.withUnsafeBufferPointer { families in
            guard let first = families.baseAddress else { return }
            for offset in families.indices { familyTotals[familyIndex(ofNameAt: first + offset)] += 1 }
        }
        Self.increment(&seniorityTotals[posting.seniority.position])
        if let country = posting.country { countryTotals[countryIndex(of: country)] += 1 }
        for mode in posting.workModes { Self.increment(&workModeTotals[mode.position]) }
        if posting.workModes.isEmpty { workModeUnknown += 1 }
        if let company = posting.company { companyTotals[companyIndex(of: company)] += 1 }
        if let salary { baselineSalaries.append(salary) }
    }

    /// Counts one posting's skills, their pairs and (with `salary`) their salary lists.
    ///
    /// The skills' indexes are found first (growing every per-skill array), then the totals and
    /// the pair matrix are counted through one buffer each, not one checked array access per pair.
    private mutating func addSkills(_ names: [SkillName], salary: Int64?) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: names.count) { scratch in
            names.withUnsafeBufferPointer { names in  // in place, as the families in `add(_:salary:)`
                names.withMemoryRebound(to: String.self) { names in  // a `SkillName` is its `String`
                    guard let first = names.baseAddress else { return }
                    for position in names.indices { scratch[position] = skillIndex(ofNameAt: first + position) }
                }
            }
            let indexes = UnsafeBufferPointer(rebasing: scratch[..<names.count])
            skillTotals.withUnsafeMutableBufferPointer { totals in
                for index in indexes { totals[index] += 1 }
            }
            pairTotals.withUnsafeMutableBufferPointer { pairs in
                // One flat loop over the pairs (position, earlier < position), stepping to the next
                // row by arithmetic, not a branch: nested loops mispredicted each inner exit (a new
                // trip count every row), and so did a conditional step.
                var position = 1
                var earlier = 0
                for _ in 0..<(indexes.count * (indexes.count &- 1) / 2) {
                    pairs[Self.pairSlot(indexes[position], indexes[earlier])] += 1
                    earlier &+= 1
                    // All ones while the row goes on (earlier < position), 0 where it ends.
                    let rowGoesOn = (earlier &- position) &>> (Int.bitWidth &- 1)
                    position &+= 1 &+ rowGoesOn
                    earlier &= rowGoesOn
                }
            }
            if let salary {
                for index in indexes { appendSalary(salary, toSkill: index) }
            }
        }
    }

    /// Adds another accumulator's counts (exact; salary lists are concatenated).
    public mutating func merge(_ other: ReportAccumulator) {
        analyzed += other.analyzed
        workModeUnknown += other.workModeUnknown
        baselineSalaries += other.baselineSalaries
        let skillMap = other.skills.names.map { skillIndex(of: SkillName($0)) }
        for (index, total) in other.skillTotals.enumerated() {
            skillTotals[skillMap[index]] += total
            if other.skillListed[index] { skillListed[skillMap[index]] = true }
        }
        for i in skillMap.indices {
            for j in 0...i where other.pairTotals[Self.pairSlot(i, j)] != 0 {
                pairTotals[Self.pairSlot(skillMap[i], skillMap[j])] += other.pairTotals[Self.pairSlot(i, j)]
            }
            if let salaries = other.skillSalaryLists[i] { appendSalaries(salaries, toSkill: skillMap[i]) }
        }
        for (index, name) in other.families.names.enumerated() {
            familyTotals[familyIndex(of: name)] += other.familyTotals[index]
        }
        for (index, code) in other.countryCodes.enumerated() {
            countryTotals[countryIndex(of: code)] += other.countryTotals[index]
        }
        for (index, name) in other.companies.names.enumerated() {
            companyTotals[companyIndex(of: name)] += other.companyTotals[index]
        }
        for position in seniorityTotals.indices { Self.accumulate(other.seniorityTotals[position], into: &seniorityTotals[position]) }
        for position in workModeTotals.indices { Self.accumulate(other.workModeTotals[position], into: &workModeTotals[position]) }
    }

    // MARK: Dense storage

    /// Where the pair of skill indexes `a`, `b` (either order) is counted in `pairTotals`.
    @inline(__always)
    static func pairSlot(_ a: Int, _ b: Int) -> Int {
        let (high, low) = a >= b ? (a, b) : (b, a)
        // Wrapping arithmetic cannot wrap: `pairTotals` holds every slot up to this one.
        return (high &* (high &+ 1)) &>> 1 &+ low
    }

    /// The index of a skill, making room for it in every per-skill array when it is new.
    @inline(__always)
    mutating func skillIndex(of skill: SkillName) -> Int {
        withUnsafePointer(to: skill.rawValue) { skillIndex(ofNameAt: $0) }
    }

    /// `skillIndex(of:)` of the skill name stored at `name`, read in place (`NameIndex.index(ofNameAt:)`).
    mutating func skillIndex(ofNameAt name: UnsafePointer<String>) -> Int {
        let index = skills.index(ofNameAt: name)
        if index == skillTotals.count {
            skillTotals.append(0)
            skillListed.append(false)
            skillSalaryLists.append(nil)
            pairTotals.append(contentsOf: repeatElement(0, count: index + 1))
        }
        return index
    }

    mutating func familyIndex(of family: String) -> Int {
        withUnsafePointer(to: family) { familyIndex(ofNameAt: $0) }
    }

    /// `familyIndex(of:)` of the family name stored at `name`, read in place.
    mutating func familyIndex(ofNameAt name: UnsafePointer<String>) -> Int {
        let index = families.index(ofNameAt: name)
        if index == familyTotals.count { familyTotals.append(0) }
        return index
    }

    mutating func countryIndex(of country: CountryCode) -> Int {
        let index = countries.index(of: country.rawValue)
        if index == countryTotals.count {
            countryTotals.append(0)
            countryCodes.append(country)
        }
        return index
    }

    mutating func companyIndex(of company: String) -> Int {
        let index = companies.index(of: company)
        if index == companyTotals.count { companyTotals.append(0) }
        return index
    }

    mutating func appendSalary(_ salary: Int64, toSkill index: Int) {
        if skillSalaryLists[index] == nil { skillSalaryLists[index] = [] }
        skillSalaryLists[index]?.append(salary)
    }

    mutating func appendSalaries(_ salaries: [Int64], toSkill index: Int) {
        skillSalaryLists[index] = (skillSalaryLists[index] ?? []) + salaries
    }

    /// Adds to the co-occurrence count of two skill indexes (reading totals back).
    mutating func addPair(_ a: Int, _ b: Int, count: Int) {
        pairTotals[Self.pairSlot(a, b)] += count
    }

    /// Adds an optional count to an optional total (`nil`: not counted yet).
    static func accumulate(_ count: Int?, into total: inout Int?) {
        guard let count else { return }
        total = (total ?? 0) + count
    }

    @inline(__always)
    private static func increment(_ total: inout Int?) {
        total = (total ?? 0) + 1
    }
}

extension Seniority {
    /// Position in `allCases`, for array-indexed counters.
    var position: Int {
        switch self {
        case .entry: 0
        case .mid: 1
        case .senior: 2
        case .staff: 3
        }
    }
}

extension WorkMode {
    /// Position in `allCases`, for array-indexed counters.
    var position: Int {
        switch self {
        case .onsite: 0
        case .hybrid: 1
        case .remote: 2
        }
    }
}
