import Foundation
import SkillMarketCore
import Testing

/// Reads a file in 64 KiB chunks, as the CLI will.
struct FileByteSource: ByteSource {
    let handle: FileHandle
    mutating func read(upTo count: Int) throws -> [UInt8] {
        Array(try handle.read(upToCount: min(count, 64 << 10)) ?? Data())
    }
}

@Suite(
    "Ingest of the real data in ../shared/data", .tags(.ingest, .realData),
    .enabled(if: SharedData.isAvailable, Comment(rawValue: SharedData.skipMessage)))
struct RealDataIngestTests {
    static func run(_ path: String) throws -> IngestRun {
        let handle = try FileHandle(forReadingFrom: SharedData.url(path))
        defer { try? handle.close() }
        var run = IngestRun()
        var reader = RecordReader(source: FileByteSource(handle: handle), sourceName: path)
        let decoder = RecordDecoder()
        while let record = try reader.next() {
            run.records += 1
            for result in decoder.decode(record) {
                switch result {
                case .success(let posting): run.postings.append(posting)
                case .failure(let issue): run.issues.append(issue)
                }
            }
        }
        run.format = reader.format
        return run
    }

    /// The cell as our reader should present it: trimmed, "-1" and blank → nil.
    static func cell(_ row: [String: String], _ column: String) -> String? {
        guard let value = row[column]?.trimmingCharacters(in: .whitespacesAndNewlines.union(["\u{00A0}"])),
            !value.isEmpty, value != "-1"
        else { return nil }
        return value
    }

    /// Fraction of rows where `posting` agrees with `expected` from the CSV row.
    static func agreement(_ run: IngestRun, _ rows: [[String: String]], _ pairs: [((RawPosting) -> String?, String)])
        -> Double
    {
        guard run.postings.count == rows.count else { return 0 }
        var agree = 0
        for (posting, row) in zip(run.postings, rows)
        where pairs.allSatisfy({ $0.0(posting) == cell(row, $0.1) }) {
            agree += 1
        }
        return Double(agree) / Double(rows.count)
    }

    struct CountCase: Sendable, CustomTestStringConvertible {
        let path: String
        let postings: Int
        var testDescription: String { path }
    }

    @Test(
        "every record is read with no rejects",
        arguments: [
            CountCase(path: "glassdoor_ds/glassdoor_jobs.csv", postings: 956),
            CountCase(path: "glassdoor_ds/glassdoor_labels.csv", postings: 742),
            CountCase(path: "linkedin_indeed_ca2018/DataScientist.csv", postings: 200),
            CountCase(path: "linkedin_indeed_ca2018/DataAnalyst.csv", postings: 150),
            CountCase(path: "linkedin_indeed_ca2018/cal_ds_500.csv", postings: 150),
            CountCase(path: "linkedin_indeed_ca2018/LinkedinJob_listingDataAnalyst.jsonl", postings: 150),
            CountCase(path: "linkedin_us_2024/postings_sample.csv", postings: 500),
        ])
    func readsEveryRecord(_ c: CountCase) throws {
        let run = try Self.run(c.path)
        #expect(run.issues.isEmpty, "\(run.issues.prefix(3))")
        #expect(run.postings.count == c.postings)
        #expect(run.records == c.postings)
    }

    @Test("Adzuna: 2,499 records, 2,498 postings; id, title, company, location, salary text and contract map")
    func adzuna() throws {
        let path = "adzuna_uk/Train_rev1.csv"
        let run = try Self.run(path)
        // The one row with an empty Title (Id 48271669, line 1590) is rightly rejected.
        #expect(run.issues.map(\.description) == ["\(path):1590: missing or empty title"])
        let rows = try SharedData.csvRows(path).filter { Self.cell($0, "Title") != nil }
        let fields = Self.agreement(
            run, rows,
            [
                ({ $0.id }, "Id"), ({ $0.title }, "Title"), ({ $0.company }, "Company"),
                ({ $0.salary }, "SalaryRaw"), ({ $0.source }, "SourceName"), ({ $0.description }, "FullDescription"),
            ])
        #expect(fields == 1.0)
        let located = zip(run.postings, rows).filter {
            $0.location == (Self.cell($1, "LocationRaw") ?? Self.cell($1, "LocationNormalized"))
        }
        #expect(located.count == rows.count)
        #expect(run.postings.allSatisfy { $0.extra("SalaryNormalized") != nil })
        #expect(run.records == 2499)
        #expect(run.postings.filter { $0.employmentType != nil }.count >= 1180)
    }

    @Test("Glassdoor: title, company, location, salary estimate; -1 means absent")
    func glassdoor() throws {
        let path = "glassdoor_ds/glassdoor_jobs.csv"
        let run = try Self.run(path)
        let rows = try SharedData.csvRows(path)
        let fields = Self.agreement(
            run, rows,
            [
                ({ $0.title }, "Job Title"), ({ $0.company }, "Company Name"), ({ $0.location }, "Location"),
                ({ $0.salary }, "Salary Estimate"), ({ $0.description }, "Job Description"),
            ])
        #expect(fields == 1.0)
        #expect(run.postings.filter { $0.salary == nil }.count == 214)
        #expect(run.postings.allSatisfy { $0.extra("row") != nil })
    }

    @Test("LinkedIn/Indeed 2018: seniority stays an extra, employment type maps")
    func linkedin2018() throws {
        let run = try Self.run("linkedin_indeed_ca2018/DataScientist.csv")
        let rows = try SharedData.csvRows("linkedin_indeed_ca2018/DataScientist.csv")
        #expect(
            Self.agreement(
                run, rows,
                [({ $0.title }, "title"), ({ $0.company }, "company"), ({ $0.employmentType }, "employment_type")])
                == 1.0)
        #expect(zip(run.postings, rows).allSatisfy { $0.extra("seniority") == Self.cell($1, "seniority") })
        let jsonl = try Self.run("linkedin_indeed_ca2018/LinkedinJob_listingDataAnalyst.jsonl")
        #expect(jsonl.postings.filter { $0.extra("seniority") != nil }.count == 131)
        #expect(jsonl.postings.filter { $0.extra("skills") != nil }.count >= 122)
        let indeed = try Self.run("linkedin_indeed_ca2018/cal_ds_500.csv")
        #expect(Set(indeed.postings.compactMap(\.id)).count == 99)
    }

    @Test("LinkedIn US 2024: pay, remote flag, epoch dates, url")
    func linkedin2024() throws {
        let path = "linkedin_us_2024/postings_sample.csv"
        let run = try Self.run(path)
        let rows = try SharedData.csvRows(path)
        #expect(
            Self.agreement(
                run, rows,
                [
                    ({ $0.id }, "job_id"), ({ $0.title }, "title"), ({ $0.company }, "company_name"),
                    ({ $0.url }, "job_posting_url"), ({ $0.salaryCurrency }, "currency"),
                ]) == 1.0)
        let paid = run.postings.filter { $0.salaryMin != nil && $0.salaryMax != nil && $0.salaryPeriod != nil }
        #expect(paid.count == 212)
        #expect(Set(paid.compactMap(\.salaryPeriod)) == ["year", "hour", "month"])
        #expect(run.postings.filter { $0.workplace == "remote" }.count == 105)
        let dated = run.postings.filter { $0.posted.flatMap(Day.init(iso8601:)) != nil }
        #expect(dated.count == 500)
        #expect(run.postings.filter { $0.posted?.hasPrefix("2024-") == true }.count >= 490)
        #expect(run.postings.filter { $0.expires.flatMap(Day.init(iso8601:)) != nil }.count == 500)
    }

    @Test("Hacker News comment HTML becomes clean text")
    func hackerNewsHTML() throws {
        let bytes = Array(try Data(contentsOf: SharedData.url("hn_whoishiring/eval_cases.json")))
        let document = try JSONParser.parse(bytes).get()
        guard case .array(let cases)? = document["test_cases"] else {
            Issue.record("no test_cases")
            return
        }
        #expect(cases.count == 11)
        var converted = 0
        for testCase in cases {
            guard case .string(let html)? = testCase["comment"]?["content"] else { continue }
            let text = HTMLText.plainText(from: html)
            #expect(
                !text.contains("<p>") && !text.contains("&#x2F;") && !text.contains("&amp;") && !text.contains("</a>"))
            if html.contains("<p>") { #expect(text.contains("\n\n")) }
            if !html.isEmpty { converted += 1 }
        }
        #expect(converted >= 10)
    }
}
