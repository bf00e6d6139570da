import SkillMarketCore
import Testing

/// `extract` writes each line on the extraction workers but for `duplicate_of`; the finished line must be
/// the bytes `writeJSON` gives for the posting with that `duplicate_of`.
@Suite("Pending extract line")
struct PendingExtractLineTests {
    static let salary = Salary(
        currency: CurrencyCode("EUR"), period: .hour, min: Money(units: 40), max: Money(cents: 5_050), base: false)

    static let postings: [ExtractedPosting] = [
        ExtractedPosting(
            id: PostingID("p1"), title: "Data \"Engineer\"\n", company: "Acme", location: "Berlin",
            role: RoleSlug("data-engineer"), seniority: .senior, country: CountryCode("DE"), workModes: [.hybrid, .remote],
            salary: salary, skills: [SkillName("Python"), SkillName("SQL")], families: ["Languages"],
            posted: Day(iso8601: "2026-11-01"), expires: Day(iso8601: "2026-12-01")),
        ExtractedPosting(
            id: PostingID("émigré"), title: "", company: nil, location: nil, role: nil, seniority: .entry, country: nil,
            workModes: [], salary: nil, skills: [], families: [], posted: nil, expires: nil),
    ]

    /// `duplicate_of` values and how the line ends with each.
    static let endings: [(duplicateOf: String?, ending: String)] = [
        (nil, #","duplicate_of":null}"#), ("p0", #","duplicate_of":"p0"}"#), ("a\"b", #","duplicate_of":"a\"b"}"#),
    ]

    @Test("the finished line equals writeJSON with the same duplicate_of", arguments: 0..<2, 0..<3)
    func finishedLineMatchesWriteJSON(posting: Int, ending: Int) {
        let duplicateOf = Self.endings[ending].duplicateOf.map(PostingID.init)
        var expected = Self.postings[posting]
        expected.duplicateOf = duplicateOf
        var json = JSONWriter()
        expected.writeJSON(to: &json)
        let line = PendingExtractLine(Self.postings[posting]).finished(duplicateOf: duplicateOf)
        #expect(line == json.bytes)
        #expect(String(decoding: line, as: UTF8.self).hasSuffix(Self.endings[ending].ending))
    }
}
