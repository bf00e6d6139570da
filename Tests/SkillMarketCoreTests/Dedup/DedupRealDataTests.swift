import Foundation
import SkillMarketCore
import Testing

/// Duplicate detection on the real samples in ../shared/data (read at run time, never copied).
@Suite(
    "Duplicate detection on real data", .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)),
    .tags(.realData))
struct DedupRealDataTests {
    /// Column names of one file's title, company, location and description.
    struct Columns {
        var title: String, company: String?, location: String, description: String
    }

    /// One detector result: row `index` repeats row `original` (indices into `rows`).
    struct Merge {
        let index: Int
        let original: Int
    }

    /// Runs the detector over rows in order, with the row index as id.
    static func merges(_ rows: [[String: String]], _ columns: Columns) -> [Merge] {
        var detector = DuplicateDetector()
        var found: [Merge] = []
        for (index, row) in rows.enumerated() {
            let fingerprint = DuplicateFingerprint(
                title: row[columns.title] ?? "", company: columns.company.flatMap { row[$0] },
                location: row[columns.location], plainDescription: row[columns.description] ?? "", posted: nil)
            if let original = detector.firstCopy(of: PostingID(String(index)), fingerprint: fingerprint),
                let originalIndex = Int(original.rawValue)
            {
                found.append(Merge(index: index, original: originalIndex))
            }
        }
        return found
    }

    /// The exact Jaccard similarity of two texts' lower-cased word 5-shingles (a slow reference).
    static func jaccard(_ a: String, _ b: String) -> Double {
        func shingles(_ text: String) -> Set<String> {
            let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
            guard words.count >= 5 else { return [words.joined(separator: " ")] }
            return Set((0...(words.count - 5)).map { words[$0..<($0 + 5)].joined(separator: " ") })
        }
        let x = shingles(a)
        let y = shingles(b)
        return Double(x.intersection(y).count) / Double(max(x.union(y).count, 1))
    }

    /// Row indices whose exact (title, company, location, description) tuple appeared earlier.
    static func exactRepeats(_ rows: [[String: String]], _ columns: Columns) -> Set<Int> {
        var seen: Set<[String]> = []
        var repeats: Set<Int> = []
        for (index, row) in rows.enumerated() {
            let tuple = [columns.title, columns.company ?? "", columns.location, columns.description].map {
                row[$0] ?? ""
            }
            if !seen.insert(tuple).inserted { repeats.insert(index) }
        }
        return repeats
    }

    /// Prints merges beyond the exact repeats, for checking by hand (only in test output).
    static func describe(_ extra: [Merge], _ rows: [[String: String]], _ columns: Columns, label: String) {
        for merge in extra {
            let a = rows[merge.original]
            let b = rows[merge.index]
            let similarity = jaccard(a[columns.description] ?? "", b[columns.description] ?? "")
            print(
                "[dedup] \(label) row \(merge.index) → \(merge.original): \(b[columns.title] ?? "") | "
                    + "\((columns.company.flatMap { b[$0] } ?? "").prefix(30)) | \(b[columns.location] ?? "") "
                    + "| jaccard \(String(format: "%.3f", similarity))")
        }
    }

    @Test("glassdoor: every exact repeat is found; near-duplicates are genuinely near")
    func glassdoor() throws {
        let rows = try SharedData.csvRows("glassdoor_ds/glassdoor_jobs.csv")
        let columns = Columns(
            title: "Job Title", company: "Company Name", location: "Location", description: "Job Description")
        let repeats = Self.exactRepeats(rows, columns)
        let found = Self.merges(rows, columns)
        let flagged = Set(found.map(\.index))
        let extra = found.filter { !repeats.contains($0.index) }
        print(
            "[dedup] glassdoor: rows \(rows.count), exact repeats \(repeats.count), flagged \(found.count), extra \(extra.count), distinct \(rows.count - found.count)"
        )
        Self.describe(extra, rows, columns, label: "glassdoor")
        #expect(rows.count == 956)
        #expect(repeats.count == 356)
        #expect(repeats.isSubset(of: flagged))
        #expect(extra.count <= 10)
        for merge in extra {
            let jaccard = Self.jaccard(
                rows[merge.original]["Job Description"] ?? "", rows[merge.index]["Job Description"] ?? "")
            #expect(jaccard >= 0.7, "row \(merge.index) merged into \(merge.original) at Jaccard \(jaccard)")
        }
    }

    @Test(
        "indeed cal_ds_500: 150 rows of 99 ids give at most 99 distinct postings, ids merged only when near-identical")
    func indeed() throws {
        let rows = try SharedData.csvRows("linkedin_indeed_ca2018/cal_ds_500.csv")
        let columns = Columns(title: "title", company: "company", location: "location", description: "description")
        let found = Self.merges(rows, columns)
        let ids = Set(rows.compactMap { $0["id"] })
        let crossID = found.filter { rows[$0.index]["id"] != rows[$0.original]["id"] }
        let distinct = rows.count - found.count
        print(
            "[dedup] indeed: rows \(rows.count), ids \(ids.count), distinct \(distinct), merges across ids \(crossID.count)"
        )
        Self.describe(crossID, rows, columns, label: "indeed cross-id")
        #expect(ids.count == 99)
        #expect(distinct <= 99)
        #expect(distinct >= 95)
        // Every row whose id was seen before is merged (exact repeats).
        var seenIDs: Set<String> = []
        let flagged = Set(found.map(\.index))
        for (index, row) in rows.enumerated() where !seenIDs.insert(row["id"] ?? "").inserted {
            #expect(flagged.contains(index), "row \(index) repeats id \(row["id"] ?? "")")
        }
        for merge in crossID {
            let jaccard = Self.jaccard(
                rows[merge.original]["description"] ?? "", rows[merge.index]["description"] ?? "")
            #expect(
                jaccard >= 0.6,
                "ids \(rows[merge.index]["id"] ?? "") and \(rows[merge.original]["id"] ?? "") differ (\(jaccard))")
        }
    }

    @Test("linkedin: the 5 postings shared by DataScientist.csv and DataAnalyst.csv are found across files")
    func crossFile() throws {
        let scientist = try SharedData.csvRows("linkedin_indeed_ca2018/DataScientist.csv")
        let analyst = try SharedData.csvRows("linkedin_indeed_ca2018/DataAnalyst.csv")
        let rows = scientist + analyst
        let columns = Columns(title: "title", company: "company", location: "location", description: "description")
        let found = Self.merges(rows, columns)
        let repeats = Self.exactRepeats(rows, columns)
        let crossFile = found.filter { $0.index >= scientist.count && $0.original < scientist.count }
        let extra = found.filter { !repeats.contains($0.index) }
        print(
            "[dedup] linkedin DS+DA: rows \(rows.count), exact repeats \(repeats.count), flagged \(found.count), cross-file \(crossFile.count), extra \(extra.count)"
        )
        Self.describe(extra, rows, columns, label: "linkedin")
        #expect(repeats.count == 5)
        #expect(repeats.isSubset(of: Set(crossFile.map(\.index))))
        #expect(extra.count <= 3)
    }

    @Test("adzuna: the 5 rows repeating an earlier (Title, FullDescription) are found")
    func adzuna() throws {
        let rows = try SharedData.csvRows("adzuna_uk/Train_rev1.csv")
        let columns = Columns(
            title: "Title", company: "Company", location: "LocationRaw", description: "FullDescription")
        var seen: Set<[String]> = []
        var titleDescriptionRepeats: Set<Int> = []
        for (index, row) in rows.enumerated()
        where !seen.insert([row["Title"] ?? "", row["FullDescription"] ?? ""]).inserted {
            titleDescriptionRepeats.insert(index)
        }
        let found = Self.merges(rows, columns)
        let extra = found.filter { !titleDescriptionRepeats.contains($0.index) }
        print(
            "[dedup] adzuna: rows \(rows.count), (title, description) repeats \(titleDescriptionRepeats.count), flagged \(found.count), extra \(extra.count)"
        )
        Self.describe(extra, rows, columns, label: "adzuna")
        #expect(titleDescriptionRepeats.count == 5)
        #expect(titleDescriptionRepeats.isSubset(of: Set(found.map(\.index))))
        #expect(extra.count <= 30)
        // Pairs checked by hand (Fixtures/dedup/adzuna-hand-checked.tsv): reposts must stay merged.
        let fixture = try #require(
            Bundle.module.url(forResource: "Fixtures/dedup/adzuna-hand-checked", withExtension: "tsv"))
        let rowByID = Dictionary(rows.enumerated().map { ($1["Id"] ?? "", $0) }, uniquingKeysWith: { a, _ in a })
        let originalOf = Dictionary(found.map { ($0.index, $0.original) }, uniquingKeysWith: { a, _ in a })
        var reposts = 0
        for line in try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n")
        where !line.hasPrefix("#") && !line.hasPrefix("earlier_id") {
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3, fields[2] == "repost" else { continue }
            let earlier = try #require(rowByID[fields[0]])
            let later = try #require(rowByID[fields[1]])
            #expect(originalOf[later] == earlier, "Adzuna \(fields[1]) should repeat \(fields[0])")
            reposts += 1
        }
        #expect(reposts == 6)
        for merge in extra {
            let jaccard = Self.jaccard(
                rows[merge.original]["FullDescription"] ?? "", rows[merge.index]["FullDescription"] ?? "")
            #expect(jaccard >= 0.7, "row \(merge.index) merged into \(merge.original) at Jaccard \(jaccard)")
        }
    }
}
