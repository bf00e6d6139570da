import Foundation
import SkillMarketCore
import Testing

/// The aggregates document (`skillmarket.aggregates/1`) carries everything a report needs:
/// accumulator → JSON → report equals the report built directly.
@Suite("Report aggregates document")
struct ReportAggregatesTests {
    static let taxonomy = (try? Taxonomy.bundled()) ?? Taxonomy(skills: [])

    /// A generated corpus (reposts included) aggregated under `options`.
    static func aggregator(options: ReportOptions, count: Int = 1_500) -> ReportAggregator {
        let generator = CorpusGenerator(seed: 31, calibration: CorpusCalibration.default)
        let extractor = PostingExtractor(
            taxonomy: taxonomy, roles: (try? RoleCatalogue.bundled()) ?? RoleCatalogue(roles: []),
            companies: (try? CompanyNormalizer.bundled()) ?? CompanyNormalizer(aliases: [:]))
        var aggregator = ReportAggregator(options: options)
        for posting in generator.makePostings(0..<count) { aggregator.add(.posting(extractor.extract(posting.raw))) }
        aggregator.add(.rejected(IngestIssue(source: "test", line: 1, problem: .notAnObject)))
        return aggregator
    }

    @Test(
        "round trip through JSON gives the direct report",
        arguments: [
            ReportOptions(minN: 5),
            ReportOptions(
                role: RoleSlug("machine-learning-engineer"), asOf: CorpusCalibration.default.asOf,
                country: CountryCode("US"), minN: 10),
            ReportOptions(salaryCountry: CountryCode("GB") ?? .unitedStates, minN: 3),
        ])
    func roundTrip(options: ReportOptions) throws {
        let aggregator = Self.aggregator(options: options)
        let direct = aggregator.report(taxonomy: Self.taxonomy)
        let decoded = try ReportAggregates(json: ReportAggregates(aggregator).json())
        // The document keeps the filters; minN is the reader's choice (default 25)
        var filters = options
        filters.minN = ReportOptions().minN
        #expect(decoded.options == filters)
        #expect(decoded.counts == aggregator.counts)
        let rebuilt = decoded.report(taxonomy: Self.taxonomy, minN: options.minN)
        #expect(rebuilt == direct)
        #expect(rebuilt.json() == direct.json())
        #expect(direct.postings.duplicates > 0 && direct.postings.rejected == 1 && direct.postings.analyzed > 0)
    }

    @Test("the same counts give the same text, and a second read changes nothing")
    func stableText() throws {
        let text = ReportAggregates(Self.aggregator(options: ReportOptions(), count: 300)).json()
        #expect(try ReportAggregates(json: text).json() == text)
    }

    @Test("repeated keys and salary amounts add up, as partial documents merge")
    func repeatedEntriesAddUp() throws {
        let document = """
            {"schema":"skillmarket.aggregates/1",
             "filters":{"role":null,"as_of":null,"country":null,"salary_country":"US","salary_currency":null},
             "postings":{"input":4,"rejected":0,"duplicates":1,"in_role":3,"analyzed":3},
             "skills":{"Python":2,"Python":1},"families":{},"pairs":[["SQL","Python",1],["Python","SQL",1]],
             "seniority":{"mid":3},"countries":{"US":3},"work_modes":{},"work_mode_unknown":3,"companies":{},
             "baseline_salaries":[[100,2],[100,1]],"skill_salaries":{"Python":[[100,1]],"Python":[[200,2]]}}
            """
        let aggregates = try ReportAggregates(json: document)
        #expect(aggregates.options.salaryCurrency == .usd)
        #expect(aggregates.counts.distinct == 3)
        #expect(aggregates.accumulator.skillCounts == [SkillName("Python"): 3])
        #expect(aggregates.accumulator.pairCounts == [ReportAccumulator.SkillPair(SkillName("SQL"), SkillName("Python")): 2])
        #expect(aggregates.accumulator.baselineSalaries == [100, 100, 100])
        #expect(aggregates.accumulator.skillSalaries[SkillName("Python")]?.sorted() == [100, 200, 200])
    }

    @Test(
        "a malformed document is refused with the reason",
        arguments: [
            ("{}", "schema"),
            (#"{"schema":"skillmarket.report/1"}"#, "schema"),
            (#"{"schema":"skillmarket.aggregates/1","filters":{}}"#, "missing"),
            ("not json", "not JSON"),
        ])
    func refusesMalformed(document: String, reason: String) {
        let error = #expect(throws: ReportAggregatesError.self) { try ReportAggregates(json: document) }
        #expect(error?.reason.contains(reason) == true, "\(String(describing: error))")
    }

    @Test("an unknown seniority level is refused rather than dropped")
    func refusesUnknownLevel() throws {
        let text = ReportAggregates(Self.aggregator(options: ReportOptions(), count: 50)).json()
            .replacingOccurrences(of: #""seniority":{"#, with: #""seniority":{"guru":1,"#)
        #expect(throws: ReportAggregatesError.self) { try ReportAggregates(json: text) }
    }
}
