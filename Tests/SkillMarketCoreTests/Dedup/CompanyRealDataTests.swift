import Foundation
import SkillMarketCore
import Testing

/// Company normalisation against glassdoor_labels.csv `company_txt` (read at run time, never copied).
@Suite(
    "Company normalisation on real data",
    .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)),
    .tags(.realData))
struct CompanyRealDataTests {
    @Test("glassdoor: key(Company Name) equals key(company_txt) for at least 99 % of labelled rows")
    func glassdoorKeys() throws {
        let normalizer = try CompanyNormalizer.bundled()
        let jobs = try SharedData.csvRows("glassdoor_ds/glassdoor_jobs.csv")
        let labels = try SharedData.csvRows("glassdoor_ds/glassdoor_labels.csv")
        var agree = 0
        var total = 0
        var displayAgree = 0
        var verbatim = 0
        var changed: Set<String> = []
        for label in labels {
            let row = try #require(Int(label["source_row"] ?? "").map { jobs[$0] })
            let raw = row["Company Name"] ?? ""
            let gold = (label["company_txt"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            total += 1
            if normalizer.key(raw) == normalizer.key(gold) {
                agree += 1
            } else {
                print(
                    "[company] \(raw.debugDescription) → \(normalizer.normalize(raw) ?? "nil") vs gold \(gold.debugDescription)"
                )
            }
            if normalizer.normalize(raw) == normalizer.normalize(gold) { displayAgree += 1 }
            if normalizer.normalize(raw) == gold {
                verbatim += 1
            } else {
                changed.insert("\(gold) → \(normalizer.normalize(raw) ?? "nil")")
            }
        }
        print("[company] glassdoor key agreement \(agree)/\(total), display-name agreement \(displayAgree)/\(total)")
        print("[company] display name equal to gold text verbatim \(verbatim)/\(total); changed: \(changed.sorted())")
        #expect(total == 742)
        #expect(Double(agree) / Double(total) >= 0.99)
    }

    @Test("glassdoor: the rating line never survives and no name becomes empty")
    func glassdoorRatings() throws {
        let normalizer = try CompanyNormalizer.bundled()
        let jobs = try SharedData.csvRows("glassdoor_ds/glassdoor_jobs.csv")
        var named = 0
        for row in jobs {
            let raw = row["Company Name"] ?? ""
            guard let name = normalizer.normalize(raw) else { continue }
            named += 1
            #expect(!name.contains("\n"), "\(raw.debugDescription)")
            #expect(!name.isEmpty)
        }
        print("[company] glassdoor names kept \(named)/\(jobs.count)")
        #expect(named == jobs.count)
    }
}
