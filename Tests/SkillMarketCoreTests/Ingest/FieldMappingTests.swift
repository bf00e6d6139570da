import SkillMarketCore
import Testing

struct MappingCase: Sendable, CustomTestStringConvertible {
    let json: String
    let check: @Sendable (RawPosting) -> Bool
    let note: String
    var testDescription: String { note }
}

/// A field value and what the decoder makes of it (dates, pay periods).
struct TextCase: Sendable, CustomTestStringConvertible {
    let value: String
    let expected: String
    var testDescription: String { value }
}

@Suite("Field mapping", .tags(.ingest))
struct FieldMappingTests {
    static func decode(_ json: String) -> RawPosting? {
        var reader = RecordReader(source: MemoryByteSource(json), sourceName: "t")
        guard let record = try? reader.next(),
            case .success(let posting)? = RecordDecoder().decode(record).first
        else { return nil }
        return posting
    }

    @Test(arguments: [
        MappingCase(
            json: #"{"title":"A","salary_min":1e5}"#, check: { $0.salaryMin == "1e5" }, note: "numbers keep their text"),
        MappingCase(json: #"{"jobTitle":"A"}"#, check: { $0.title == "A" }, note: "camelCase alias"),
        MappingCase(
            json: #"{"Job Title":"A","Company Name":"B"}"#, check: { $0.company == "B" }, note: "spaced headers"),
        MappingCase(
            json: #"{"title":"A","job_description":"D","date_posted":"2026-02-03"}"#,
            check: { $0.description == "D" && $0.posted == "2026-02-03" }, note: "alternative keys"),
        MappingCase(
            json: #"{"title":"A","remote":false}"#, check: { $0.workplace == nil && $0.extra("remote") == "false" },
            note: "remote false is not on-site"),
        MappingCase(
            json: #"{"title":"A","workplace":"hybrid","remote":true}"#, check: { $0.workplace == "hybrid" },
            note: "explicit workplace wins over a flag"),
        MappingCase(
            json: #"{"title":"A","title":"B"}"#, check: { $0.title == "A" && $0.extra("title") == "B" },
            note: "first value wins, later ones are extras"),
        MappingCase(
            json: #"{"title":"A","seniority":"Mid-Senior level","skills":["SQL","R"]}"#,
            check: { $0.extra("seniority") == "Mid-Senior level" && $0.extra("skills") == #"["SQL","R"]"# },
            note: "unknown keys kept as extras"),
        MappingCase(
            json: #"{"title":"A","salary":{"currency":"USD","value":{"minValue":1,"maxValue":2,"unitText":"MONTH"}}}"#,
            check: {
                $0.salaryMin == "1" && $0.salaryMax == "2" && $0.salaryPeriod == "month" && $0.salaryCurrency == "USD"
            },
            note: "salary object read as MonetaryAmount"),
        MappingCase(
            json: #"{"title":"  A  ","company":"-1","location":" "}"#,
            check: { $0.title == "A" && $0.company == nil && $0.location == nil }, note: "trim, -1 and blank are absent"
        ),
        MappingCase(json: #"{"title":"A","id":12345}"#, check: { $0.id == "12345" }, note: "numeric id becomes text"),
    ])
    func mapsJSONFields(_ c: MappingCase) throws {
        let posting = try #require(Self.decode(c.json))
        #expect(c.check(posting))
    }

    @Test(arguments: [
        TextCase(value: "2024-04-17", expected: "2024-04-17"),
        TextCase(value: "2024-04-17T23:59:59+02:00", expected: "2024-04-17"),
        TextCase(value: "1713397508000.0", expected: "2024-04-17"),
        TextCase(value: "1713397508", expected: "2024-04-17"),
        TextCase(value: "20240417", expected: "2024-04-17"),
        TextCase(value: "30+ days ago", expected: "30+ days ago"),
        TextCase(value: "0", expected: "0"),
        TextCase(value: "2024-13-99", expected: "2024-13-99"),
        TextCase(value: "----------", expected: "----------"),
        TextCase(value: "ab-cd-ef-gh", expected: "ab-cd-ef-gh"),
        TextCase(value: "2024-04-1\u{E9}", expected: "2024-04-1\u{E9}"),
    ])
    func normalisesDates(_ c: TextCase) throws {
        let posting = try #require(Self.decode(#"{"title":"A","posted":"\#(c.value)","expires":"\#(c.value)"}"#))
        #expect(posting.posted == c.expected)
        #expect(posting.expires == c.expected)
    }

    @Test(arguments: [
        TextCase(value: "YEARLY", expected: "year"),
        TextCase(value: "per annum", expected: "year"),
        TextCase(value: "hr", expected: "hour"),
        TextCase(value: "fortnightly", expected: "fortnightly"),
        TextCase(value: "Monatlich", expected: "Monatlich"),
    ])
    func normalisesPayPeriods(_ c: TextCase) throws {
        let posting = try #require(Self.decode(#"{"title":"A","salary_period":"\#(c.value)"}"#))
        #expect(posting.salaryPeriod == c.expected)
    }
}
