import Foundation
import SkillMarketCore
import Testing

/// The report on a generated corpus against the corpus's own ground truth: the generator plants
/// every posting's role, seniority, country, work modes, skills, salary and duplicates, so the
/// report built from the planted facts is the exact answer the extracted report should reproduce.
@Suite("Report on a generated corpus vs its ground truth")
struct GeneratedCorpusReportTests {
    static let count = 2_500

    struct Run {
        var extracted: Report
        var truth: Report
        var fieldAgreement: [String: (Int, Int)]
    }

    static let run: Run = {
        let calibration = CorpusCalibration.default
        let generator = CorpusGenerator(seed: 99, calibration: calibration)
        let taxonomy = (try? Taxonomy.bundled()) ?? Taxonomy(skills: [])
        let extractor = PostingExtractor(
            taxonomy: taxonomy, roles: (try? RoleCatalogue.bundled()) ?? RoleCatalogue(roles: []),
            companies: (try? CompanyNormalizer.bundled()) ?? CompanyNormalizer(aliases: [:]))
        let options = ReportOptions(role: RoleSlug("machine-learning-engineer"), asOf: calibration.asOf)
        var extractedAggregator = ReportAggregator(options: options)
        var truthAggregator = ReportAggregator(options: options)
        var agreement: [String: (Int, Int)] = [:]
        func tally(_ field: String, _ same: Bool) {
            let (agree, total) = agreement[field] ?? (0, 0)
            agreement[field] = (agree + (same ? 1 : 0), total + 1)
        }
        for posting in generator.makePostings(0..<count) {
            let extracted = extractor.extract(posting.raw)
            let truth = posting.truth
            extractedAggregator.add(.posting(extracted))
            var planted = extracted
            planted.role = truth.role
            planted.seniority = truth.seniority
            planted.country = truth.country
            planted.workModes = truth.workModes
            planted.skills = truth.skills
            planted.families = Set(truth.skills.compactMap { taxonomy.family(of: $0) }).sorted()
            planted.salary = truth.salary
            planted.company = truth.company
            planted.duplicateOf = truth.duplicateOf
            planted.fingerprint = nil
            truthAggregator.add(.posting(planted))
            tally("role", extracted.role == truth.role)
            tally("seniority", extracted.seniority == truth.seniority)
            tally("country", extracted.country == truth.country)
            tally("work_modes", extracted.workModes == truth.workModes)
            tally("skills", extracted.skills == truth.skills)
            tally("salary", extracted.salary?.annualMin == truth.salary?.annualMin && extracted.salary?.annualMax == truth.salary?.annualMax)
            tally("company", extracted.company == truth.company)
        }
        return Run(
            extracted: extractedAggregator.report(taxonomy: taxonomy), truth: truthAggregator.report(taxonomy: taxonomy),
            fieldAgreement: agreement)
    }()

    @Test("posting counts (distinct, in role, analysed) are within 3 % of the truth")
    func counts() {
        let extracted = Self.run.extracted.postings, truth = Self.run.truth.postings
        for (name, ours, planted) in [
            ("duplicates", extracted.duplicates, truth.duplicates), ("distinct", extracted.distinct, truth.distinct),
            ("in_role", extracted.inRole, truth.inRole), ("analyzed", extracted.analyzed, truth.analyzed),
        ] {
            let tolerance = max(5, Int(Double(planted) * 0.03))
            #expect(abs(ours - planted) <= tolerance, "\(name): extracted \(ours), truth \(planted)")
        }
    }

    @Test("every skill's share is within 2 points of the truth, and tiers agree away from the thresholds")
    func skillShares() {
        let truth = Dictionary(uniqueKeysWithValues: Self.run.truth.skills.map { ($0.skill, $0) })
        for row in Self.run.extracted.skills {
            let planted = truth[row.skill]?.share ?? 0
            #expect(abs(row.share - planted) <= 0.02, "\(row.skill): extracted \(row.share), truth \(planted)")
            let nearThreshold = [0.05, 0.2, 0.5].contains { abs($0 - planted) < 0.02 }
            if !nearThreshold { #expect(row.tier == Report.Tier(share: planted), "\(row.skill) tier") }
        }
        #expect(Self.run.extracted.skills.count >= Self.run.truth.skills.count - 2)
    }

    @Test("families, seniority, countries and work modes are within 3 points of the truth")
    func distributions() {
        let pairs: [(String, [Report.ShareRow], [Report.ShareRow])] = [
            ("families", Self.run.extracted.families, Self.run.truth.families),
            ("seniority", Self.run.extracted.seniority, Self.run.truth.seniority),
            ("countries", Self.run.extracted.countries, Self.run.truth.countries),
            ("work_modes", Self.run.extracted.workModes, Self.run.truth.workModes),
        ]
        for (section, extracted, truth) in pairs {
            let planted = Dictionary(uniqueKeysWithValues: truth.map { ($0.name, $0.share) })
            for row in extracted {
                #expect(abs(row.share - (planted[row.name] ?? 0)) <= 0.03, "\(section) \(row.name): \(row.share) vs \(planted[row.name] ?? 0)")
            }
        }
    }

    @Test("the salary baseline is within 2 % of the truth's, from as many postings within 5 %")
    func salaryBaseline() throws {
        let extracted = try #require(Self.run.extracted.salaryBaseline?.estimate)
        let truth = try #require(Self.run.truth.salaryBaseline?.estimate)
        #expect(abs(Double(extracted.median - truth.median)) <= 0.02 * Double(truth.median), "\(extracted.median) vs \(truth.median)")
        #expect(abs(extracted.n - truth.n) <= max(3, truth.n / 20), "n \(extracted.n) vs \(truth.n)")
    }

    @Test("per-posting extraction agrees with the planted facts (figures printed for the record)")
    func fieldAgreement() {
        let minimum = ["role": 0.95, "seniority": 0.9, "country": 0.97, "work_modes": 0.9, "skills": 0.85, "salary": 0.95, "company": 0.95]
        for (field, (agree, total)) in Self.run.fieldAgreement.sorted(by: { $0.key < $1.key }) {
            let rate = Double(agree) / Double(max(1, total))
            print("generated corpus, \(field): \(agree)/\(total) = \(rate)")
            #expect(rate >= minimum[field] ?? 1, "\(field): \(agree)/\(total)")
        }
    }
}
