import SkillMarketCore
import Testing

@Suite("ISO 8601 days")
struct DayTests {
    @Test(
        "the first ten bytes are read as YYYY-MM-DD and checked against the calendar",
        arguments: [
            ("2026-06-30", "2026-06-30"), ("2026-06-30T12:00:00Z", "2026-06-30"), ("2024-02-29", "2024-02-29"),
            ("2000-02-29", "2000-02-29"), ("1900-01-01xyz", "1900-01-01"), ("2026-06-30é", "2026-06-30"),
            ("2023-02-29", nil), ("1900-02-29", nil), ("2026-13-01", nil), ("2026-00-10", nil), ("2026-04-31", nil),
            ("1899-12-31", nil), ("2201-01-01", nil), ("2026-6-30", nil), ("2026-06-3", nil), ("20260630", nil),
            ("2026/06/30", nil), ("", nil), ("abcd-ef-gh", nil), ("２０２６-06-30", nil), ("é026-06-30", nil),
        ] as [(String, String?)])
    func parses(text: String, expected: String?) {
        #expect(Day(iso8601: text)?.description == expected)
    }

    @Test("a string cut from a longer line reads the same")
    func readsAnyString() {
        let line = "posted 2026-06-30 at noon"
        let slice = String(line.dropFirst(7))
        #expect(Day(iso8601: slice) == Day(year: 2026, month: 6, day: 30))
    }
}
