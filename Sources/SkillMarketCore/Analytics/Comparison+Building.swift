extension Comparison {
    /// Compares two reports: every delta is `second − first`.
    public init(_ first: Side, _ second: Side) {
        self.init(sides: [first, second])
    }

    /// Compares the reports in side order; deltas, tests and salary differences take the first
    /// side against the last (with one side every delta is 0 and every p-value 1).
    public init(sides: [Side]) {
        self.sides = sides
        let totals = sides.map(\.report.postings.analyzed)
        let currencies = sides.map { $0.report.salaryBaseline?.currency }
        salaryBaseline = Self.salaryDelta(sides.map { $0.report.salaryBaseline?.estimate }, currencies: currencies)

        var families: [SkillName: String] = [:]
        var salaries: [SkillName: [MedianEstimate?]] = [:]
        for (index, side) in sides.enumerated() {
            for row in side.report.skills {
                if families[row.skill, default: ""].isEmpty { families[row.skill] = row.family }
                salaries[row.skill, default: Array(repeating: nil, count: sides.count)][index] = row.salary?.estimate
            }
        }
        skills = Self.shareDeltas(
            sides.map { $0.report.skills.map { ($0.skill.rawValue, $0.postings) } }, totals: totals
        )
        .map { share in
            let skill = SkillName(share.name)
            return SkillDelta(
                skill: skill, family: families[skill] ?? "", share: share,
                salary: Self.salaryDelta(
                    salaries[skill] ?? Array(repeating: nil, count: sides.count), currencies: currencies))
        }
        self.families = Self.shareDeltas(sides.map { Self.counts($0.report.families) }, totals: totals)
        seniority = Self.shareDeltas(sides.map { Self.counts($0.report.seniority) }, totals: totals)
        countries = Self.shareDeltas(sides.map { Self.counts($0.report.countries) }, totals: totals)
        workModes = Self.shareDeltas(sides.map { Self.counts($0.report.workModes) }, totals: totals)
    }

    private static func counts(_ rows: [Report.ShareRow]) -> [(String, Int)] {
        rows.map { ($0.name, $0.postings) }
    }

    /// The union of the sides' rows with cells, deltas, p- and q-values, sorted by |delta|
    /// descending (to 1e-9, so floating-point noise never splits a tie), then by name.
    static func shareDeltas(_ perSide: [[(String, Int)]], totals: [Int]) -> [ShareDelta] {
        var counts: [String: [Int]] = [:]
        for (index, rows) in perSide.enumerated() {
            for (name, postings) in rows {
                counts[name, default: Array(repeating: 0, count: perSide.count)][index] += postings
            }
        }
        let names = counts.keys.sorted()
        var rows: [ShareDelta] = names.map { name in
            let row = counts[name] ?? []
            let cells = zip(row, totals).map { Cell(postings: $0, share: ReportBuilder.share($0, of: $1)) }
            guard let first = cells.first, let last = cells.last, let firstTotal = totals.first,
                let lastTotal = totals.last, cells.count > 1
            else { return ShareDelta(name: name, cells: cells, delta: 0, pValue: 1, qValue: 1, significant: false) }
            let test = ProportionTest(
                successes1: first.postings, total1: firstTotal, successes2: last.postings, total2: lastTotal)
            return ShareDelta(
                name: name, cells: cells, delta: last.share - first.share, pValue: test.pValue, qValue: 1,
                significant: false)
        }
        let qValues = benjaminiHochberg(rows.map(\.pValue))
        for index in rows.indices {
            rows[index].qValue = qValues[index]
            rows[index].significant = qValues[index] < falseDiscoveryRate
        }
        let keys = rows.map { (abs($0.delta) * 1e9).rounded() }
        return rows.indices.sorted { keys[$0] != keys[$1] ? keys[$0] > keys[$1] : rows[$0].name < rows[$1].name }
            .map { rows[$0] }
    }

    static func salaryDelta(_ estimates: [MedianEstimate?], currencies: [CurrencyCode?]) -> SalaryDelta {
        let currency = currencies.compactMap { $0 }.first ?? .usd
        var difference: Int64?
        var overlap: Bool?
        if estimates.count > 1, let first = estimates.first ?? nil, let last = estimates.last ?? nil,
            currencies.first == currencies.last
        {
            difference = last.median - first.median
            overlap = first.low <= last.high && last.low <= first.high
        }
        return SalaryDelta(currency: currency, estimates: estimates, difference: difference, intervalsOverlap: overlap)
    }
}
