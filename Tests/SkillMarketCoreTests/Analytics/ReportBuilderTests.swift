import SkillMarketCore
import Testing

/// Small hand-made postings whose report figures can be worked out on paper.
enum ReportFixtures {
    static let taxonomy = Taxonomy(skills: [
        Taxonomy.Skill(name: SkillName("Python"), family: "Coding Languages"),
        Taxonomy.Skill(name: SkillName("SQL"), family: "Querying and SQL"),
        Taxonomy.Skill(name: SkillName("AWS"), family: "Cloud Platforms"),
        Taxonomy.Skill(name: SkillName("Azure"), family: "Cloud Platforms"),
    ])

    static func posting(
        _ id: String, skills: [String], country: String? = "US", salary: Int64? = nil, company: String? = "Acme",
        seniority: Seniority = .mid, modes: [WorkMode] = [], posted: String? = nil, expires: String? = nil
    ) -> ExtractedPosting {
        let names = skills.map(SkillName.init).sorted()
        return ExtractedPosting(
            id: PostingID(id), title: "Data Engineer", company: company, location: nil, role: RoleSlug("data-engineer"),
            seniority: seniority, country: country.flatMap(CountryCode.init), workModes: modes,
            salary: salary.map { Salary(currency: .usd, period: .year, min: Money(units: $0), max: Money(units: $0)) },
            skills: names, families: Set(names.compactMap { taxonomy.family(of: $0) }).sorted(),
            posted: posted.flatMap(Day.init(iso8601:)), expires: expires.flatMap(Day.init(iso8601:)))
    }

    /// Four postings: Python in 3, SQL in 2, AWS+Azure together in 2.
    static let postings = [
        posting("1", skills: ["Python", "SQL", "AWS", "Azure"], salary: 100_000, seniority: .senior, modes: [.remote]),
        posting("2", skills: ["Python", "AWS", "Azure"], salary: 120_000, company: "Beta", modes: [.hybrid, .remote]),
        posting("3", skills: ["Python"], country: "GB", salary: 90_000),
        posting("4", skills: ["SQL"], salary: 80_000, seniority: .entry),
    ]

    static func report(minN: Int = 1) -> Report {
        let options = ReportOptions(minN: minN, pairSkills: 25)
        var accumulator = ReportAccumulator()
        for posting in postings { accumulator.add(posting, salary: options.salaryPoint(of: posting)) }
        let counts = Report.PostingCounts(input: 5, rejected: 1, duplicates: 0, distinct: 4, inRole: 4, analyzed: 4)
        return ReportBuilder(options: options, taxonomy: taxonomy).build(counts: counts, accumulator: accumulator)
    }
}

@Suite("Report builder")
struct ReportBuilderTests {
    @Test("shares, tiers and order follow SPEC section 3")
    func skills() {
        let report = ReportFixtures.report()
        #expect(report.skills.map(\.skill.rawValue) == ["Python", "AWS", "Azure", "SQL"])
        #expect(report.skills.map(\.postings) == [3, 2, 2, 2])
        #expect(report.skills.first?.share == 0.75)
        #expect(report.skills.first?.tier == .tableStakes)
        #expect(report.families.map(\.name) == ["Coding Languages", "Cloud Platforms", "Querying and SQL"])
        #expect(report.families.first { $0.name == "Cloud Platforms" }?.postings == 2)  // once per posting
    }

    @Test("salary statistics use US base salaries only, and skills need --min-n points")
    func salaries() throws {
        let report = ReportFixtures.report(minN: 2)
        let baseline = try #require(report.salaryBaseline)
        #expect(baseline.estimate.n == 3)  // the GB posting is left out
        #expect(baseline.estimate.median == 100_000)
        let python = try #require(report.skills.first { $0.skill.rawValue == "Python" })
        #expect(python.salary?.estimate.median == 110_000)  // 100k and 120k
        #expect(python.salary?.premium == 10_000)
        #expect(ReportFixtures.report(minN: 3).skills.allSatisfy { $0.salary == nil })
    }

    @Test("pairs carry lift = P(a∧b)/(P(a)P(b))")
    func pairs() throws {
        let report = ReportFixtures.report()
        let cloud = try #require(report.pairs.first { $0.a.rawValue == "AWS" && $0.b.rawValue == "Azure" })
        #expect(cloud.postings == 2)
        #expect(abs(cloud.association.lift - 2.0) < 1e-9)  // 0.5 / (0.5 · 0.5)
        #expect(report.pairs.count == 6)  // every pair of the 4 skills
        #expect(report.pairs.first?.postings == 2)
    }

    @Test("seniority lists every level; work modes count every tag; unknown modes are counted apart")
    func distributions() {
        let report = ReportFixtures.report()
        #expect(report.seniority.map(\.name) == ["mid", "entry", "senior", "staff"])
        #expect(report.workModes.map(\.postings) == [2, 1, 0])
        #expect(report.workModeUnknown == 2)
        #expect(report.companies.map(\.company) == ["Acme", "Beta"])
    }

    @Test("as-of keeps postings active on that day")
    func asOf() throws {
        let options = ReportOptions(asOf: Day(iso8601: "2026-06-30"))
        #expect(options.isAnalyzed(ReportFixtures.posting("a", skills: [], posted: "2026-06-01", expires: "2026-07-01")))
        #expect(!options.isAnalyzed(ReportFixtures.posting("b", skills: [], posted: "2026-07-01")))
        #expect(!options.isAnalyzed(ReportFixtures.posting("c", skills: [], expires: "2026-06-29")))
        #expect(options.isAnalyzed(ReportFixtures.posting("d", skills: [])))
    }

    @Test("merging partial accumulators gives the same report as one pass")
    func merge() {
        let options = ReportOptions(minN: 1)
        var whole = ReportAccumulator(), left = ReportAccumulator(), right = ReportAccumulator()
        for (index, posting) in ReportFixtures.postings.enumerated() {
            whole.add(posting, salary: options.salaryPoint(of: posting))
            if index % 2 == 0 {
                left.add(posting, salary: options.salaryPoint(of: posting))
            } else {
                right.add(posting, salary: options.salaryPoint(of: posting))
            }
        }
        left.merge(right)
        let counts = Report.PostingCounts(input: 4, rejected: 0, duplicates: 0, distinct: 4, inRole: 4, analyzed: 4)
        let builder = ReportBuilder(options: options, taxonomy: ReportFixtures.taxonomy)
        #expect(builder.build(counts: counts, accumulator: left).json() == builder.build(counts: counts, accumulator: whole).json())
    }
}
