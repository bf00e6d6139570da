import SkillMarketCore
import Testing

/// Two small sides whose comparison can be worked out on paper.
///
/// A is `ReportFixtures.postings`: Python 3/4, SQL 2/4, AWS 2/4, Azure 2/4; US salaries 100k,
/// 120k, 80k (median 100k, interval 80k–120k). B has five US postings: Python 1/5, SQL 5/5,
/// AWS 1/5, Azure 0/5; salaries 150k, 160k, 115k, 180k, 190k (median 160k, interval 115k–190k).
enum ComparisonFixtures {
    static let sideB = [
        ReportFixtures.posting("b1", skills: ["Python", "SQL"], salary: 150_000),
        ReportFixtures.posting("b2", skills: ["SQL"], salary: 160_000),
        ReportFixtures.posting("b3", skills: ["SQL", "AWS"], salary: 115_000),
        ReportFixtures.posting("b4", skills: ["SQL"], salary: 180_000),
        ReportFixtures.posting("b5", skills: ["SQL"], salary: 190_000),
    ]

    static func report(_ postings: [ExtractedPosting], minN: Int = 1) -> Report {
        let options = ReportOptions(minN: minN)
        var accumulator = ReportAccumulator()
        for posting in postings { accumulator.add(posting, salary: options.salaryPoint(of: posting)) }
        let n = postings.count
        let counts = Report.PostingCounts(input: n, rejected: 0, duplicates: 0, distinct: n, inRole: n, analyzed: n)
        return ReportBuilder(options: options, taxonomy: ReportFixtures.taxonomy).build(
            counts: counts, accumulator: accumulator)
    }

    static func comparison(labelA: String = "A", labelB: String = "B") -> Comparison {
        Comparison(
            Comparison.Side(label: labelA, report: report(ReportFixtures.postings)),
            Comparison.Side(label: labelB, report: report(sideB)))
    }

    /// `count` postings of which the first `withPython` mention Python.
    static func postings(_ count: Int, withPython: Int) -> [ExtractedPosting] {
        (0..<count).map { ReportFixtures.posting("p\($0)", skills: $0 < withPython ? ["Python"] : ["SQL"]) }
    }
}

@Suite("Comparison")
struct ComparisonTests {
    @Test("deltas are B − A per skill over the union of skills, ordered by |delta| then name")
    func deltas() throws {
        let comparison = ComparisonFixtures.comparison()
        // Python 0.2 − 0.75; Azure 0 − 0.5 and SQL 1 − 0.5 tie on 0.5 and go by name; AWS 0.2 − 0.5
        #expect(comparison.skills.map(\.skill.rawValue) == ["Python", "Azure", "SQL", "AWS"])
        let deltas = comparison.skills.map(\.share.delta)
        for (actual, expected) in zip(deltas, [-0.55, -0.5, 0.5, -0.3]) {
            #expect(abs(actual - expected) < 1e-12)
        }
        let azure = try #require(comparison.skills.first { $0.skill.rawValue == "Azure" })
        #expect(
            azure.share.cells == [Comparison.Cell(postings: 2, share: 0.5), Comparison.Cell(postings: 0, share: 0)])
        #expect(azure.family == "Cloud Platforms")
    }

    @Test("the p-value is the pooled two-proportion z-test's: 3/4 vs 1/5 gives z = −1.65, p ≈ 0.0989")
    func knownPValue() throws {
        // pooled 4/9, SE = √(4/9 · 5/9 · (1/4 + 1/5)) = 1/3, z = −0.55 / (1/3) = −1.65, p = 2(1 − Φ(1.65))
        let python = try #require(ComparisonFixtures.comparison().skills.first { $0.skill.rawValue == "Python" })
        #expect(abs(python.share.pValue - 0.098_943) < 1e-5)
        #expect(!python.share.significant)
    }

    struct AdjustmentCase: Sendable, CustomTestStringConvertible {
        let pValues: [Double]
        let expected: [Double]
        var testDescription: String { "\(pValues)" }
    }

    static let adjustmentCases: [AdjustmentCase] = [
        AdjustmentCase(pValues: [0.01, 0.04, 0.03, 0.2], expected: [0.04, 0.16 / 3, 0.16 / 3, 0.2]),
        // R: p.adjust(c(.01, .02, .03, .04, .05), "BH") is 0.05 five times
        AdjustmentCase(pValues: [0.01, 0.02, 0.03, 0.04, 0.05], expected: [0.05, 0.05, 0.05, 0.05, 0.05]),
        AdjustmentCase(pValues: [0.5, 0.001], expected: [0.5, 0.002]),
        AdjustmentCase(pValues: [0.9, 0.8, 0.95], expected: [0.95, 0.95, 0.95]),
        AdjustmentCase(pValues: [], expected: []),
    ]

    @Test("Benjamini–Hochberg q-values match hand computation", arguments: adjustmentCases)
    func benjaminiHochberg(_ c: AdjustmentCase) {
        let q = Comparison.benjaminiHochberg(c.pValues)
        #expect(q.count == c.expected.count)
        for (actual, wanted) in zip(q, c.expected) { #expect(abs(actual - wanted) < 1e-12) }
    }

    @Test("a row is significant when its BH q-value is below 0.05, not merely its p-value")
    func significance() throws {
        // Given Python in 30 of 100 postings on A and 60 of 100 on B (SQL in the rest)
        let comparison = Comparison(
            Comparison.Side(
                label: "A", report: ComparisonFixtures.report(ComparisonFixtures.postings(100, withPython: 30))),
            Comparison.Side(
                label: "B", report: ComparisonFixtures.report(ComparisonFixtures.postings(100, withPython: 60))))
        // Then both rows change by 30 points, far beyond chance
        let python = try #require(comparison.skills.first { $0.skill.rawValue == "Python" })
        #expect(abs(python.share.delta - 0.3) < 1e-12)
        #expect(python.share.pValue < 1e-4)
        #expect(python.share.qValue >= python.share.pValue)
        #expect(comparison.significantSkills.count == 2)
        // And in the small fixture no row survives the adjustment
        let small = ComparisonFixtures.comparison()
        #expect(small.significantSkills.isEmpty)
        for row in small.skills {
            #expect(row.share.qValue >= row.share.pValue)
            #expect(row.share.significant == (row.share.qValue < 0.05))
        }
    }

    @Test("seniority, families and work modes get share deltas too")
    func otherTables() throws {
        let comparison = ComparisonFixtures.comparison()
        // A: mid 2/4, entry 1/4, senior 1/4; B: mid 5/5
        #expect(comparison.seniority.map(\.name) == ["mid", "entry", "senior", "staff"])
        #expect(abs((comparison.seniority.first?.delta ?? 0) - 0.5) < 1e-12)
        #expect(comparison.seniority.last?.delta == 0)
        #expect(comparison.seniority.last?.pValue == 1)
        let remote = try #require(comparison.workModes.first { $0.name == "remote" })
        #expect(remote.cells.map(\.postings) == [2, 0])
        let cloud = try #require(comparison.families.first { $0.name == "Cloud Platforms" })
        #expect(abs(cloud.delta - (0.2 - 0.5)) < 1e-12)
        #expect(comparison.countries.map(\.name) == ["GB", "US"])  // ±25 points each: a tie, by name
    }

    @Test("salary medians are compared per side with the difference and whether the intervals overlap")
    func salaries() throws {
        let comparison = ComparisonFixtures.comparison()
        // Baseline: A 100k in 80k–120k, B 160k in 115k–190k: +60k, intervals share 115k–120k
        let baseline = comparison.salaryBaseline
        #expect(baseline.estimates.map { $0?.median } == [100_000, 160_000])
        #expect(baseline.difference == 60_000)
        #expect(baseline.intervalsOverlap == true)
        #expect(baseline.currency == .usd)
        // SQL: A 90k (80k–100k), B 160k (115k–190k): disjoint
        let sql = try #require(comparison.skills.first { $0.skill.rawValue == "SQL" })
        #expect(sql.salary.difference == 70_000)
        #expect(sql.salary.intervalsOverlap == false)
        // AWS: A 110k (100k–120k), B 115k: overlapping
        let aws = try #require(comparison.skills.first { $0.skill.rawValue == "AWS" })
        #expect(aws.salary.difference == 5_000)
        #expect(aws.salary.intervalsOverlap == true)
        // Azure has no B salary: no difference, no reading
        let azure = try #require(comparison.skills.first { $0.skill.rawValue == "Azure" })
        #expect(azure.salary.estimates.map { $0?.median } == [110_000, nil])
        #expect(azure.salary.difference == nil)
        #expect(azure.salary.intervalsOverlap == nil)
    }

    @Test("the same reports always give the same comparison, whatever order the skills arrive in")
    func determinism() {
        let first = ComparisonFixtures.comparison(), second = ComparisonFixtures.comparison()
        #expect(first == second)
        #expect(first.json() == second.json())
        var shuffled = ComparisonFixtures.report(ComparisonFixtures.sideB)
        shuffled.skills.reverse()
        shuffled.families.reverse()
        let reordered = Comparison(first.sides[0], Comparison.Side(label: "B", report: shuffled))
        #expect(reordered.skills == first.skills)
        #expect(reordered.families == first.families)
    }

    @Test("more than two sides compare the first with the last and keep a cell per side")
    func threeSides() throws {
        let a = ComparisonFixtures.report(ComparisonFixtures.postings(10, withPython: 2))
        let b = ComparisonFixtures.report(ComparisonFixtures.postings(10, withPython: 5))
        let c = ComparisonFixtures.report(ComparisonFixtures.postings(10, withPython: 8))
        let comparison = Comparison(sides: [
            Comparison.Side(label: "2024", report: a), Comparison.Side(label: "2025", report: b),
            Comparison.Side(label: "2026", report: c),
        ])
        let python = try #require(comparison.skills.first { $0.skill.rawValue == "Python" })
        #expect(python.share.cells.map(\.postings) == [2, 5, 8])
        #expect(abs(python.share.delta - 0.6) < 1e-12)
        #expect(
            abs(python.share.pValue - ProportionTest(successes1: 2, total1: 10, successes2: 8, total2: 10).pValue)
                < 1e-15)
    }
}
