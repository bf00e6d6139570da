import Foundation
import SkillMarketCore
import Testing

/// Role accuracy on real titles, against our own per-title judgements
/// (`Fixtures/roles/title-judgements.tsv`) and against Glassdoor's weak `job_simp` label.
@Suite(
    "Role classifier on real postings", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)),
    .tags(.realData))
struct RoleRealDataTests {
    struct Posting {
        let title: String
        let description: String
    }

    /// Every posting of the judged files: Glassdoor and the four linkedin_indeed_ca2018 files.
    static func judgedPostings() throws -> [Posting] {
        var postings: [Posting] = []
        for row in try SharedData.csvRows("glassdoor_ds/glassdoor_jobs.csv") {
            postings.append(Posting(title: row["Job Title"] ?? "", description: row["Job Description"] ?? ""))
        }
        for file in ["DataScientist.csv", "DataAnalyst.csv", "cal_ds_500.csv"] {
            for row in try SharedData.csvRows("linkedin_indeed_ca2018/" + file) {
                postings.append(Posting(title: row["title"] ?? "", description: row["description"] ?? ""))
            }
        }
        for object in try SharedData.jsonLines("linkedin_indeed_ca2018/LinkedinJob_listingDataAnalyst.jsonl") {
            postings.append(
                Posting(title: object["title"] as? String ?? "", description: object["description"] as? String ?? ""))
        }
        return postings
    }

    /// The fixture's key for a title: FNV-1a 64 of its UTF-8 bytes in hex, so the fixture holds no source text.
    static func titleKey(_ title: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in title.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Title key (see `titleKey`) → acceptable answers ("none" = no role).
    static func judgements() throws -> [String: Set<String>] {
        let url = try #require(
            Bundle.module.url(forResource: "title-judgements", withExtension: "tsv", subdirectory: "Fixtures/roles"))
        var result: [String: Set<String>] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
        where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t")
            guard columns.count == 2, columns[0] != "title_fnv1a64" else { continue }
            result[String(columns[0])] = Set(columns[1].split(separator: "|").map(String.init))
        }
        return result
    }

    struct Score: CustomStringConvertible {
        var assigned = 0, correct = 0, positives = 0, found = 0
        var precision: Double { assigned == 0 ? 0 : Double(correct) / Double(assigned) }
        var recall: Double { positives == 0 ? 0 : Double(found) / Double(positives) }
        var description: String {
            "precision \(correct)/\(assigned) = \(precision), recall \(found)/\(positives) = \(recall)"
        }

        /// Precision over assigned roles; recall over items judged to have a role with no "none" option.
        mutating func add(predicted: String?, acceptable: Set<String>) {
            if let predicted {
                assigned += 1
                if acceptable.contains(predicted) { correct += 1 }
            }
            if !acceptable.contains("none") {
                positives += 1
                if let predicted, acceptable.contains(predicted) { found += 1 }
            }
        }
    }

    @Test("Role precision >= 0.95 and recall >= 0.90 against our title judgements")
    func matchesTitleJudgements() throws {
        let classifier = RoleClassifier(catalogue: try RoleCatalogue.bundled())
        let judgements = try Self.judgements()
        var perPosting = Score()
        var perTitle = Score()
        var seen = Set<String>()
        var misses: [String] = []
        for posting in try Self.judgedPostings() {
            let title = posting.title.trimmingCharacters(in: .whitespacesAndNewlines)
            let acceptable = try #require(judgements[Self.titleKey(title)], "no judgement for title \(title)")
            let predicted = classifier.role(title: posting.title, description: posting.description)?.rawValue
            perPosting.add(predicted: predicted, acceptable: acceptable)
            if seen.insert(title).inserted {
                perTitle.add(predicted: predicted, acceptable: acceptable)
                if !acceptable.contains(predicted ?? "none") {
                    misses.append("\(title) → \(predicted ?? "none"), judged \(acceptable.sorted())")
                }
            }
        }
        print("role vs judgements, per posting: \(perPosting)")
        print("role vs judgements, per distinct title: \(perTitle)")
        for miss in misses.sorted() { print("  disagreement: \(miss)") }
        #expect(perPosting.precision >= 0.95)
        #expect(perTitle.precision >= 0.95)
        #expect(perPosting.recall >= 0.90)
        #expect(perTitle.recall >= 0.90)
    }

    /// Glassdoor `job_simp`: data scientist, data engineer, analyst, mle are taken as gold;
    /// manager, director and na carry no role information, so those rows are judged by our fixture.
    @Test("Role precision >= 0.95 against Glassdoor job_simp (na/manager/director judged by hand)")
    func matchesGlassdoorLabels() throws {
        let classifier = RoleClassifier(catalogue: try RoleCatalogue.bundled())
        let judgements = try Self.judgements()
        var postings: [String: Posting] = [:]
        for row in try SharedData.csvRows("glassdoor_ds/glassdoor_jobs.csv") {
            postings[row[""] ?? ""] = Posting(title: row["Job Title"] ?? "", description: row["Job Description"] ?? "")
        }
        let mapped = [
            "data scientist": "data-scientist", "data engineer": "data-engineer", "analyst": "data-analyst",
            "mle": "machine-learning-engineer",
        ]
        var withLabel = Score()
        var byHand = Score()
        for label in try SharedData.csvRows("glassdoor_ds/glassdoor_labels.csv") {
            let posting = try #require(postings[label["source_row"] ?? ""])
            let predicted = classifier.role(title: posting.title, description: posting.description)?.rawValue
            let simp = label["job_simp"] ?? ""
            if let slug = mapped[simp] {
                // job_simp is a substring heuristic ("analyst" includes financial analysts), so only
                // precision is meaningful: recall counts rows where the label names a role.
                withLabel.add(predicted: predicted, acceptable: [slug])
                if let predicted, predicted != slug { print("  job_simp \(simp) vs \(predicted): \(posting.title)") }
            } else {
                let title = posting.title.trimmingCharacters(in: .whitespacesAndNewlines)
                let acceptable = judgements[Self.titleKey(title)] ?? ["none"]
                byHand.add(predicted: predicted, acceptable: acceptable)
                if let predicted, !acceptable.contains(predicted) { print("  job_simp \(simp) vs \(predicted): \(title)") }
            }
        }
        print("role vs glassdoor job_simp (ds/de/analyst/mle rows): \(withLabel)")
        print("role vs hand judgement (manager/director/na rows): \(byHand)")
        let correct = withLabel.correct + byHand.correct
        let assigned = withLabel.assigned + byHand.assigned
        print("role vs glassdoor combined precision: \(correct)/\(assigned)")
        #expect(Double(correct) / Double(max(assigned, 1)) >= 0.95)
    }
}
