import SkillMarketCore
import Testing

@Suite("Record reader and decoder on fixtures", .tags(.ingest))
struct RecordReaderTests {
    static let fixtures = [
        "jobs_with_bad_lines.jsonl", "postings_array.json", "jobposting_ld.jsonl", "page_two_scripts.html",
        "quoted_crlf.csv", "jobs.tsv", "glassdoor_like.csv",
    ]

    @Test("JSONL: good records around bad ones are all read; bad ones name their line")
    func jsonLinesWithBadLines() throws {
        // Given a JSONL file with invalid JSON, a non-object, an empty title and a cut-off line
        let run = try IngestRun.fixture("jobs_with_bad_lines.jsonl")
        // Then every good posting is read, in order
        #expect(run.titles == ["Data Scientist", "ML Engineer", "Backend Engineer", "Last One"])
        // And each bad one is reported with its own line
        #expect(
            run.issues.map(\.description) == [
                "jobs_with_bad_lines.jsonl:2: invalid JSON: expected ',' or '}', found 'c' at column 20",
                "jobs_with_bad_lines.jsonl:5: not a JSON object",
                "jobs_with_bad_lines.jsonl:6: missing or empty title",
                "jobs_with_bad_lines.jsonl:8: invalid JSON: unterminated string at column 11",
            ])
        let first = try #require(run.postings.first)
        #expect(first.salaryMin == "120000" && first.salaryMax == "150000.0" && first.salaryPeriod == "year")
        #expect(first.posted == "2026-05-01" && first.workplace == "remote")
        #expect(first.extra("tags") == #"{"k":["x"]}"#)
        #expect(run.postings[1].posted == "2024-04-17")
        #expect(run.postings[1].employmentType == "FULL_TIME, CONTRACTOR")
        #expect(run.postings[2].salary == "€70,000 a year")
    }

    @Test("chunk boundaries anywhere give the same result", arguments: fixtures)
    func chunkBoundaries(_ name: String) throws {
        let whole = try IngestRun.fixture(name)
        #expect(!whole.postings.isEmpty)
        for size in [1, 2, 7, 64] {
            #expect(try IngestRun.fixture(name, chunkSize: size) == whole, "chunk size \(size)")
        }
        let small = IngestOptions(chunkSize: 3)
        #expect(try IngestRun.fixture(name, options: small) == whole)
    }

    @Test("a JSON array is streamed element by element, pretty-printed or not")
    func jsonArray() throws {
        let run = try IngestRun.fixture("postings_array.json")
        #expect(run.format == .jsonArray)
        #expect(run.records == 3)
        #expect(run.titles == ["Platform Engineer", "Analyst 🚀", "SRE"])
        #expect(run.postings[0].company == "Gamma Ltd")
        #expect(run.postings[0].salary == "£60,000 - £70,000")
        #expect(run.postings[2].company == "Delta")
        #expect(run.issues.isEmpty)
        #expect(try IngestRun.of(#"[{"title":"a"},{"title":"b"}]"#).titles == ["a", "b"])
        let cut = try IngestRun.of("[{\"title\":\"a\"},\n{\"title\":\"b\"}")
        #expect(cut.titles == ["a", "b"])
        #expect(cut.issues.map(\.description) == ["t.jsonl:2: invalid JSON: unterminated array (missing ']')"])
    }

    @Test("a pretty-printed object spanning lines is one record")
    func prettyPrintedObject() throws {
        let run = try IngestRun.of(
            "{\n  \"title\": \"A\",\n  \"company\": {\n    \"name\": \"B\"\n  }\n}\n{\"title\":\"C\"}\n")
        #expect(run.titles == ["A", "C"])
        #expect(run.postings.first?.company == "B")
        let broken = try IngestRun.of("{\"title\": \"A\",\n{\"title\":\"C\"}\n")
        #expect(broken.titles == ["C"])
        #expect(broken.issues.map(\.line) == [1])
    }

    @Test("a broken line does not swallow the array of postings on the next line")
    func brokenLineBeforeArrayLine() throws {
        let run = try IngestRun.of("{\"title\": \"A\",\n[{\"title\":\"B\"},{\"title\":\"C\"}]\n{\"title\":\"D\"}\n")
        #expect(run.titles == ["B", "C", "D"])
        #expect(run.issues.map(\.line) == [1])
    }

    @Test("JSON-LD lines: JobPosting, @graph, TELECOMMUTE, non-posting")
    func jsonLD() throws {
        let run = try IngestRun.fixture("jobposting_ld.jsonl")
        #expect(
            run.titles == ["Machine Learning Engineer", "Data Engineer", "Data Analyst", "Remote Backend Developer"])
        let ml = run.postings[0]
        #expect(ml.id == "ML-42" && ml.company == "Acme AI" && ml.location == "Toronto, ON, CA" && ml.country == "CA")
        #expect(ml.salaryMin == "140000" && ml.salaryMax == "180000.0" && ml.salaryCurrency == "CAD")
        #expect(ml.salaryPeriod == "year" && ml.posted == "2026-03-02" && ml.expires == "2026-04-30")
        #expect(ml.employmentType == "FULL_TIME, PART_TIME" && ml.url == "https://example.com/ml-42")
        #expect(ml.description == "<p>Build models with <b>PyTorch</b>.</p>")
        let data = run.postings[1]
        #expect(data.location == "Austin, TX, US; Denver, CO, US" && data.country == "US" && data.company == "Zeta")
        #expect(data.salaryMin == "55" && data.salaryMax == "55" && data.salaryPeriod == "hour")
        #expect(run.postings[2].company == "Zeta")
        let remote = run.postings[3]
        #expect(remote.workplace == "remote" && remote.country == "Germany" && remote.id == "rb-7")
        #expect(run.issues.map(\.description) == ["jobposting_ld.jsonl:4: missing or empty JobPosting"])
    }

    @Test("an HTML page gives the postings of every ld+json script")
    func htmlPage() throws {
        let run = try IngestRun.fixture("page_two_scripts.html")
        #expect(run.format == .htmlPage)
        #expect(run.titles == ["Frontend Engineer", "Mobile Engineer"])
        #expect(run.postings[0].location == "Paris, FR" && run.postings[0].country == "FR")
        #expect(run.postings[1].company == "Theta" && run.postings[1].employmentType == "CONTRACTOR")
        #expect(run.issues.isEmpty)
        let empty = try IngestRun.of("<html><body>nothing</body></html>", name: "p.html")
        #expect(empty.issues.map(\.description) == ["p.html:1: missing or empty JobPosting"])
        let bad = try IngestRun.of("<html>\n<script type=\"application/ld+json\">{\"title\":</script>", name: "p.html")
        #expect(bad.issues.map(\.line) == [2])
    }

    @Test("CSV with BOM, CRLF, quoted multi-line fields; Adzuna headers map")
    func quotedCSV() throws {
        let run = try IngestRun.fixture("quoted_crlf.csv")
        #expect(run.titles == ["Staff Nurse", "Chef", "Barista"])
        #expect(run.issues.map(\.description) == ["quoted_crlf.csv:6: missing or empty title"])
        let nurse = run.postings[0]
        #expect(nurse.id == "101" && nurse.description == "Line one\r\nLine two, with comma\r\nSaid \"hello\"")
        #expect(nurse.location == "Dorking" && nurse.extra("LocationNormalized") == "Surrey")
        #expect(nurse.employmentType == "full_time, permanent" && nurse.company == "Care Ltd")
        #expect(nurse.salary == "20000 - 30000/annum" && nurse.extra("SalaryNormalized") == "25000")
        let chef = run.postings[1]
        #expect(chef.location == "London" && chef.extra("LocationNormalized") == nil && chef.company == nil)
        #expect(run.postings[2].employmentType == "part_time" && run.postings[2].salary == nil)
    }

    @Test("TSV with LinkedIn 2024 columns: midpoint pay, remote flag, epoch milliseconds")
    func tsv() throws {
        let run = try IngestRun.fixture("jobs.tsv")
        #expect(run.format == .csv(delimiter: 9))
        #expect(run.titles == ["Data Scientist", "Welder", "PM"])
        let scientist = run.postings[0]
        #expect(scientist.id == "7" && scientist.company == "Omega" && scientist.posted == "2024-04-17")
        #expect(scientist.expires == "2024-05-17" && scientist.workplace == nil && scientist.salaryMin == nil)
        let welder = run.postings[1]
        #expect(welder.salaryMin == "25.5" && welder.salaryMax == "25.5" && welder.salaryPeriod == "hour")
        #expect(welder.workplace == "remote")
        let pm = run.postings[2]
        #expect(pm.salaryMin == "90000.0" && pm.salaryMax == "120000.0" && pm.salaryPeriod == "year")
    }

    @Test("Glassdoor-style CSV: unnamed index column, -1 and blank cells, extra cells")
    func glassdoorLike() throws {
        let run = try IngestRun.fixture("glassdoor_like.csv")
        #expect(run.titles == ["Data Scientist", "Data Engineer", "Analyst"])
        let first = run.postings[0]
        #expect(first.extra("row") == "0" && first.salary == "$53K-$91K (Glassdoor est.)")
        #expect(first.company == "Acme Research\n3.8" && first.location == "Albuquerque, NM")
        #expect(first.description == "Line a\nLine b" && first.extra("Rating") == "3.8")
        let second = run.postings[1]
        #expect(second.salary == nil && second.extra("Rating") == nil && second.extra("Founded") == nil)
        let third = run.postings[2]
        #expect(third.company == nil && third.extra("column 9") == "extra-cell")
    }

    @Test("a record over the size limit is skipped and reading resumes at the next line")
    func tooLarge() throws {
        let options = IngestOptions(maxRecordBytes: 40)
        let long = String(repeating: "x", count: 100)
        let json =
            "{\"title\":\"a\"}\n{\"title\":\"\(long)\"}\n{\"title\":\"b\"}\n[{\"title\":\"\(long)\"},\n{\"title\":\"c\"}]\n"
        for size in [1, 7, .max] {
            let run = try IngestRun.of(json, chunkSize: size, options: options)
            #expect(run.titles == ["a", "b", "c"])
            #expect(
                run.issues.map(\.description) == [
                    "t.jsonl:2: record is larger than 40 bytes", "t.jsonl:4: record is larger than 40 bytes",
                ])
        }
        let csv = "title,description\na,short\nb,\"\(long)\"\nc,short\n"
        let run = try IngestRun.of(csv, name: "t.csv", options: options)
        #expect(run.titles == ["a", "c"])
        #expect(run.issues.first?.description == "t.csv:3: record is larger than 40 bytes")
        let page = try IngestRun.of("<html>" + long + "</html>", name: "p.html", options: options)
        #expect(page.issues.map(\.description) == ["p.html:1: record is larger than 40 bytes"])
    }

    @Test("--map overrides and the alias table agree for JSON and CSV")
    func fieldMap() throws {
        let options = IngestOptions(fieldMap: ["Role Name": "title", "title": "extra", "Pay": "salary_text"])
        let csv = try IngestRun.of("title,role_name,pay\nx,Engineer,$100k\n", name: "m.csv", options: options)
        #expect(
            csv.titles == ["Engineer"] && csv.postings.first?.salary == "$100k"
                && csv.postings.first?.extra("title") == "x")
        let json = try IngestRun.of(#"{"title":"x","ROLE-NAME":"Engineer"}"#, options: options)
        #expect(json.titles == ["Engineer"])
    }
}
