import Foundation
import Testing

@testable import SkillMarketCore

@Suite("Corpus generator")
struct CorpusGeneratorTests {
    static let calibration: CorpusCalibration = (try? CorpusCalibration.bundled()) ?? .default

    /// 20,000 postings of seed 7, generated once for the statistical tests.
    static let corpus: [GeneratedPosting] = CorpusGenerator(seed: 7, calibration: calibration).makePostings(0..<20_000)

    @Test("the bundled vocabulary loads")
    func loadsBundledCalibration() throws {
        let calibration = try CorpusCalibration.bundled()
        #expect(calibration.skills.count == 61)
        #expect(calibration.profiles.first?.role == RoleSlug("machine-learning-engineer"))
    }

    @Test("the same seed gives identical lines; another seed gives different ones")
    func isDeterministic() {
        // Given two generators with the same seed and one with another seed
        let a = CorpusGenerator(seed: 42, calibration: Self.calibration)
        let b = CorpusGenerator(seed: 42, calibration: Self.calibration)
        let other = CorpusGenerator(seed: 43, calibration: Self.calibration)
        // When the same indexes are generated, in different orders
        let forward = (0..<300).map { a.makePosting(index: $0).rawLine + a.makePosting(index: $0).truthLine }
        let backward = (0..<300).reversed().map { b.makePosting(index: $0).rawLine + b.makePosting(index: $0).truthLine }
        let different = (0..<300).map { other.makePosting(index: $0).rawLine }
        // Then the lines match exactly, and the other seed differs almost everywhere
        #expect(forward == Array(backward.reversed()))
        let same = zip(forward, different).filter { $0.0.hasPrefix($0.1) }.count
        #expect(same == 0)
    }

    @Test("every truth skill is mentioned through an alias, and no unambiguous alias of another skill is")
    func truthMatchesText() {
        let scanner = AliasScanner(calibration: Self.calibration)
        var missing: [String] = [], extra: [String] = []
        for posting in Self.corpus.prefix(1_200) {
            let text = posting.raw.title + "\n" + (posting.raw.description ?? "")
            let truth = Set(posting.truth.skills)
            let all = scanner.skills(in: text)
            let strict = scanner.skills(in: text, strictOnly: true)
            for skill in truth.subtracting(all) { missing.append("\(posting.truth.id): \(skill)") }
            for skill in strict.subtracting(truth) { extra.append("\(posting.truth.id): \(skill)") }
        }
        #expect(missing.isEmpty, "\(missing.prefix(5))")
        #expect(extra.isEmpty, "\(extra.prefix(5))")
    }

    @Test("shares over 20,000 postings follow the calibration")
    func sharesFollowCalibration() {
        let postings = Self.corpus
        let mle = postings.filter { $0.truth.role == RoleSlug("machine-learning-engineer") }
        func share(_ part: Int, _ whole: Int) -> Double { Double(part) / Double(max(whole, 1)) }
        func skillShare(_ name: String) -> Double {
            share(mle.filter { $0.truth.skills.contains(SkillName(name)) }.count, mle.count)
        }
        #expect(abs(share(mle.count, postings.count) - 0.87) < 0.02)
        #expect(abs(skillShare("Machine Learning") - 0.704) < 0.03)
        #expect(abs(skillShare("Python") - 0.666) < 0.03)
        #expect(abs(skillShare("LLMs") - 0.371) < 0.03)
        #expect(abs(skillShare("AWS") - 0.337) < 0.03)
        #expect(abs(skillShare("JAX") - 0.035) < 0.015)
        let us = mle.filter { $0.truth.country == CountryCode("US") }
        #expect(abs(share(us.count, mle.count) - 0.446) < 0.03)
        let paid = us.compactMap { posting -> Int64? in
            guard let salary = posting.truth.salary, salary.base, salary.currency == .usd,
                let mid = salary.annualMidpoint
            else { return nil }
            return mid.cents / 100
        }
        // The report: n = 1,272 of 2,212 US postings.
        #expect(abs(share(paid.count, us.count) - 0.575) < 0.05)
        let median = paid.sorted()[paid.count / 2]
        #expect(abs(Double(median) - 193_000) < 8_000, "US median \(median)")
        let duplicates = postings.filter { $0.truth.duplicateOf != nil }.count
        #expect(abs(share(duplicates, postings.count) - 0.045) < 0.01)
        let remote = mle.filter { $0.truth.workModes.contains(.remote) }.count
        #expect(abs(share(remote, mle.count) - 0.246) < 0.04)
    }

    @Test("reposts point to an earlier first copy with the same company, title and location")
    func duplicatesPointBackwards() throws {
        let postings = Self.corpus
        var checked = 0
        for posting in postings {
            guard let original = posting.truth.duplicateOf else { continue }
            let originalIndex = try #require(Int(original.rawValue.dropFirst(4)))
            let ownIndex = try #require(Int(posting.truth.id.rawValue.dropFirst(4)))
            #expect(originalIndex < ownIndex)
            let first = postings[originalIndex]
            #expect(first.truth.duplicateOf == nil)
            #expect(first.raw.title == posting.raw.title)
            #expect(first.raw.company == posting.raw.company)
            #expect(first.raw.location == posting.raw.location)
            #expect(first.raw.description != posting.raw.description)
            #expect((first.raw.posted ?? "").prefix(10) <= (posting.raw.posted ?? "").prefix(10))
            checked += 1
        }
        #expect(checked > 500)
    }

    @Test("same-title openings in other cities are not duplicates")
    func siblingsAreDistinct() {
        let generator = CorpusGenerator(seed: 7, calibration: Self.calibration)
        var checked = 0
        for index in 0..<3_000 {
            guard case .sibling(let earlier) = generator.origin(of: index) else { continue }
            let posting = Self.corpus[index]
            let original = Self.corpus[generator.firstCopy(of: earlier)]
            #expect(posting.truth.duplicateOf == nil)
            #expect(posting.raw.title == original.raw.title)
            #expect(posting.raw.location != original.raw.location)
            checked += 1
        }
        #expect(checked > 30)
    }

    @Test("raw and truth lines are valid JSON with the SPEC field names")
    func linesAreValidJSON() throws {
        for posting in Self.corpus.prefix(2_000) {
            let raw = try #require(
                try JSONSerialization.jsonObject(with: Data(posting.rawLine.utf8)) as? [String: Any])
            let truth = try #require(
                try JSONSerialization.jsonObject(with: Data(posting.truthLine.utf8)) as? [String: Any])
            #expect(raw["title"] is String && raw["id"] is String && raw["posted"] is String)
            for key in ["id", "role", "seniority", "country", "work_modes", "skills", "salary", "duplicate_of"] {
                #expect(truth[key] != nil, "missing \(key)")
            }
        }
    }

    @Test("look-alike titles carry no role")
    func lookAlikesHaveNoRole() {
        let lookAlikes = Self.corpus.filter { $0.truth.role == nil }
        #expect(lookAlikes.contains { $0.raw.title.contains("Learning & Development") })
        #expect(lookAlikes.contains { $0.raw.title.contains("Machine Operator") })
    }
}

@Suite("Generator helpers")
struct GeneratorHelperTests {
    struct PatternCase: Sendable, CustomTestStringConvertible {
        let pattern: String
        let min: Int64?
        let max: Int64?
        let expected: String
        var testDescription: String { expected }
    }

    @Test(arguments: [
        PatternCase(pattern: "${min,} - ${max,} a year", min: 150_000, max: 200_000, expected: "$150,000 - $200,000 a year"),
        PatternCase(pattern: "${mink}-{maxk}k", min: 120_000, max: 150_000, expected: "$120-150k"),
        PatternCase(pattern: "€{min.} - €{max.}", min: 70_000, max: 85_000, expected: "€70.000 - €85.000"),
        PatternCase(pattern: "₹{minlakh} - ₹{maxlakh}", min: 2_500_000, max: 3_500_000, expected: "₹25,00,000 - ₹35,00,000"),
        PatternCase(pattern: "{minL}-{maxL} LPA", min: 2_500_000, max: 3_500_000, expected: "25-35 LPA"),
        PatternCase(pattern: "Up to ${max,} a year", min: nil, max: 1_200_000, expected: "Up to $1,200,000 a year"),
    ])
    func rendersSalaryPatterns(_ c: PatternCase) {
        #expect(SalaryText.render(c.pattern, min: c.min, max: c.max) == c.expected)
    }

    @Test("day arithmetic crosses months and leap days")
    func addsDays() throws {
        let day = try #require(Day(year: 2024, month: 2, day: 28))
        #expect(day.adding(days: 1).description == "2024-02-29")
        #expect(day.adding(days: 2).description == "2024-03-01")
        #expect(day.adding(days: -59).description == "2023-12-31")
    }

    @Test("a seeded generator repeats its sequence")
    func seededGeneratorRepeats() {
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    }
}
