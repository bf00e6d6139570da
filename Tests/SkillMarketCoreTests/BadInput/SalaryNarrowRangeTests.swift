import SkillMarketCore
import Testing

/// Narrow yearly ranges read back exactly, plain or comma-grouped. (The property test once
/// reported "$10000 - $10002 a year" as no salary: its grouping helper wrote 10000 as "1,0000",
/// which reads as 1.0 with a decimal comma and is implausible; the parser was right.)
@Suite("Narrow salary ranges")
struct SalaryNarrowRangeTests {
    @Test(
        "a narrow yearly dollar range reads back exactly",
        arguments: [
            ("$10000 - $10002 a year", 10_000, 10_002), ("$10,000 - $10,002 a year", 10_000, 10_002),
            ("$10000 - $10001 a year", 10_000, 10_001), ("$4,999,999 - $5,000,000 a year", 4_999_999, 5_000_000),
            ("$123,456 - $123,457 a year", 123_456, 123_457),
        ] as [(String, Int64, Int64)])
    func readsBack(_ text: String, _ low: Int64, _ high: Int64) {
        let expected = Salary(currency: .usd, period: .year, min: Money(units: low), max: Money(units: high))
        #expect(SalaryParser().parse(text) == expected)
    }
}
