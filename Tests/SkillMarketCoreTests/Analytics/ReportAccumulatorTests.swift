import SkillMarketCore
import Testing

/// The array-indexed accumulator against the name-keyed totals it promises.
@Suite("Report accumulator")
struct ReportAccumulatorTests {
    static func posting(skills: [String], families: [String] = [], company: String? = "Acme") -> ExtractedPosting {
        ExtractedPosting(
            id: PostingID("p"), title: "Engineer", company: company, location: nil, role: nil, seniority: .mid,
            country: CountryCode("US"), workModes: [.remote], salary: nil, skills: skills.map(SkillName.init),
            families: families, posted: nil, expires: nil)
    }

    static func pair(_ a: String, _ b: String) -> ReportAccumulator.SkillPair {
        ReportAccumulator.SkillPair(SkillName(a), SkillName(b))
    }

    @Test(
        "pairs are counted once per posting in name order, whatever order the skills come in",
        arguments: [["AWS", "Python", "SQL"], ["SQL", "AWS", "Python"], ["Python", "SQL", "AWS"]])
    func pairsInNameOrder(skills: [String]) {
        var accumulator = ReportAccumulator()
        accumulator.add(Self.posting(skills: skills), salary: 100)
        accumulator.add(Self.posting(skills: ["SQL", "Python"]), salary: nil)
        #expect(accumulator.pairCounts == [Self.pair("AWS", "Python"): 1, Self.pair("AWS", "SQL"): 1, Self.pair("Python", "SQL"): 2])
        #expect(accumulator.count(of: Self.pair("SQL", "Python")) == 2)
        #expect(accumulator.count(of: Self.pair("SQL", "Rust")) == 0)
        #expect(accumulator.skillCounts == [SkillName("AWS"): 1, SkillName("Python"): 2, SkillName("SQL"): 2])
        #expect(accumulator.salaries(of: SkillName("Python")) == [100])
        #expect(accumulator.skillSalaries.keys.count == 3)
    }

    @Test("a skill named twice in one posting counts twice and pairs with itself, as the name-keyed version did")
    func repeatedSkill() {
        var accumulator = ReportAccumulator()
        accumulator.add(Self.posting(skills: ["R", "R"]), salary: nil)
        #expect(accumulator.skillCounts == [SkillName("R"): 2])
        #expect(accumulator.pairCounts == [Self.pair("R", "R"): 1])
    }

    @Test("families, companies, countries, seniority and work modes are keyed by name")
    func otherCounters() {
        var accumulator = ReportAccumulator()
        accumulator.add(Self.posting(skills: [], families: ["Cloud", "Coding"], company: "Acme"), salary: nil)
        accumulator.add(Self.posting(skills: [], families: ["Cloud"], company: nil), salary: nil)
        #expect(accumulator.familyCounts == ["Cloud": 2, "Coding": 1])
        #expect(accumulator.companyCounts == ["Acme": 1])
        #expect(accumulator.countryCounts == [CountryCode.unitedStates: 2])
        #expect(accumulator.seniorityCounts == [.mid: 2])
        #expect(accumulator.workModeCounts == [.remote: 2])
    }

    @Test(
        "every pair of a posting's skills is counted once, for 0 to 14 skills with repeats",
        arguments: 0...14)
    func pairsOfEverySkillCount(skillCount: Int) {
        // Skills drawn from six names, so longer postings repeat some (a repeat pairs with itself).
        let skills = (0..<skillCount).map { "Skill \($0 * 5 % 6)" }
        var accumulator = ReportAccumulator()
        accumulator.add(Self.posting(skills: skills), salary: nil)
        accumulator.add(Self.posting(skills: Array(skills.reversed())), salary: nil)
        var expected: [ReportAccumulator.SkillPair: Int] = [:]
        for position in skills.indices {
            for earlier in 0..<position { expected[Self.pair(skills[position], skills[earlier]), default: 0] += 2 }
        }
        #expect(accumulator.pairCounts == expected)
    }

    @Test("totals read back equal the accumulator, and merging is independent of first-seen order")
    func readBackAndMerge() {
        var left = ReportAccumulator(), right = ReportAccumulator(), whole = ReportAccumulator()
        let postings = [
            Self.posting(skills: ["Python", "SQL"], families: ["Coding"]), Self.posting(skills: ["SQL", "Go"], company: "Beta"),
            Self.posting(skills: ["Go"], company: nil),
        ]
        for (index, posting) in postings.enumerated() {
            whole.add(posting, salary: Int64(index))
            if index == 0 { left.add(posting, salary: Int64(index)) } else { right.add(posting, salary: Int64(index)) }
        }
        left.merge(right)
        #expect(left == whole)
        let readBack = ReportAccumulator(
            analyzed: whole.analyzed, skillCounts: whole.skillCounts, familyCounts: whole.familyCounts,
            pairCounts: whole.pairCounts, seniorityCounts: whole.seniorityCounts, countryCounts: whole.countryCounts,
            workModeCounts: whole.workModeCounts, workModeUnknown: whole.workModeUnknown, companyCounts: whole.companyCounts,
            baselineSalaries: whole.baselineSalaries, skillSalaries: whole.skillSalaries)
        #expect(readBack == whole)
        #expect(readBack.count(of: Self.pair("Go", "SQL")) == 1)
    }

    @Test("a skill read back with 0 postings stays listed; one only met in a pair does not")
    func zeroTotals() {
        let accumulator = ReportAccumulator(
            analyzed: 0, skillCounts: [SkillName("Rust"): 0], familyCounts: [:], pairCounts: [Self.pair("A", "B"): 1],
            seniorityCounts: [:], countryCounts: [:], workModeCounts: [:], workModeUnknown: 0, companyCounts: [:],
            baselineSalaries: [], skillSalaries: [SkillName("C"): []])
        #expect(accumulator.skillCounts == [SkillName("Rust"): 0])
        #expect(accumulator.pairCounts == [Self.pair("A", "B"): 1])
        #expect(accumulator.skillSalaries == [SkillName("C"): []])
    }
}
