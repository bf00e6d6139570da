import Foundation
import SkillMarketCore
import Testing

/// Country agreement against the single-country sources in ../shared/data (see SOURCES.md).
@Suite("Country resolver on real postings", .tags(.realData),
       .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct CountryResolverRealDataTests {
    /// Correct / wrong / unresolved counts for one source.
    struct Agreement: CustomStringConvertible {
        var correct = 0, wrong = 0, unresolved = 0
        var wrongExamples: [String] = []
        var total: Int { correct + wrong + unresolved }
        var correctShare: Double { total == 0 ? 0 : Double(correct) / Double(total) }
        var wrongShare: Double { total == 0 ? 0 : Double(wrong) / Double(total) }
        var description: String {
            "correct \(correct)/\(total), wrong \(wrong)/\(total), unresolved \(unresolved)/\(total)"
        }
    }

    static let resolver = CountryResolver()

    static func measure(_ locations: [String], expected: String) -> Agreement {
        var agreement = Agreement()
        for location in locations {
            switch resolver.country(for: RawPosting(title: "t", location: location))?.rawValue {
            case expected?: agreement.correct += 1
            case nil:
                agreement.unresolved += 1
                agreement.wrongExamples.append("\(location) → nil")
            case let other?:
                agreement.wrong += 1
                agreement.wrongExamples.append("\(location) → \(other)")
            }
        }
        return agreement
    }

    static func report(_ name: String, _ agreement: Agreement) {
        print("[country] \(name): \(agreement)")
        for example in agreement.wrongExamples.prefix(40) { print("[country]   wrong: \(example)") }
    }

    @Test("Adzuna UK locations resolve to GB (rows whose LocationRaw is more than empty or 'UK')")
    func adzunaIsBritish() throws {
        let rows = try SharedData.csvRows("adzuna_uk/Train_rev1.csv")
        let locations = rows.compactMap { row -> String? in
            let raw = (row["LocationRaw"] ?? "").trimmingCharacters(in: .whitespaces)
            let text = raw.isEmpty ? (row["LocationNormalized"] ?? "") : raw
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed == "UK" ? nil : trimmed
        }
        let agreement = Self.measure(locations, expected: "GB")
        Self.report("adzuna_uk", agreement)
        #expect(agreement.total >= 2_400)
        #expect(agreement.correctShare >= 0.99)
        #expect(agreement.wrongShare <= 0.01)
    }

    @Test("Glassdoor locations resolve to US")
    func glassdoorIsAmerican() throws {
        let locations = try SharedData.csvRows("glassdoor_ds/glassdoor_jobs.csv").compactMap { $0["Location"] }
        let agreement = Self.measure(locations, expected: "US")
        Self.report("glassdoor_ds", agreement)
        #expect(agreement.correctShare >= 0.99)
        #expect(agreement.wrong <= 1)  // "Juncos, PR": Puerto Rico is ISO PR, the source says US
    }

    @Test("LinkedIn and Indeed 2018 California locations resolve to US")
    func linkedInIndeed2018IsAmerican() throws {
        var locations: [String] = []
        for file in ["DataScientist.csv", "DataAnalyst.csv", "cal_ds_500.csv"] {
            locations += try SharedData.csvRows("linkedin_indeed_ca2018/\(file)").compactMap { $0["location"] }
        }
        locations += try SharedData.jsonLines("linkedin_indeed_ca2018/LinkedinJob_listingDataAnalyst.jsonl")
            .compactMap { $0["location"] as? String }
        let agreement = Self.measure(locations, expected: "US")
        Self.report("linkedin_indeed_ca2018", agreement)
        #expect(agreement.correctShare >= 0.99)
        #expect(agreement.wrong == 0)
    }

    @Test("LinkedIn 2024 locations resolve to US")
    func linkedIn2024IsAmerican() throws {
        let locations = try SharedData.csvRows("linkedin_us_2024/postings_sample.csv").compactMap { $0["location"] }
        let agreement = Self.measure(locations, expected: "US")
        Self.report("linkedin_us_2024", agreement)
        #expect(agreement.correctShare >= 0.99)
        #expect(agreement.wrong == 0)
    }
}
