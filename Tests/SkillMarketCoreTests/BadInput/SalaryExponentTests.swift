import SkillMarketCore
import Testing

/// Figures written with an exponent ("1e308", "1.5E+05"): read at their value, so a huge one is
/// implausible instead of reading as the "1" before the "e" ($1 an hour, which was accepted).
@Suite("Salary figures with an exponent")
struct SalaryExponentTests {
    static func usdYear(_ low: Int64, _ high: Int64) -> Salary {
        Salary(currency: .usd, period: .year, min: Money(units: low), max: Money(units: high))
    }

    @Test(
        "a huge or tiny exponent in free text is implausible, not $1",
        arguments: ["1e308", "$1e308", "1E+308 per hour", "1e400", "9.9e99999999999999999999", "5e-3", "0e400"])
    func freeTextIsImplausible(_ text: String) {
        guard case .implausible = SalaryParser().read(text) else {
            Issue.record("\(text) read as \(SalaryParser().read(text))")
            return
        }
    }

    @Test(
        "a plausible exponent in free text is read at its value",
        arguments: [
            ("1.5E+05", usdYear(150_000, 150_000)), ("$1e5 - $1.2e5 a year", usdYear(100_000, 120_000)),
            ("$120000e0", usdYear(120_000, 120_000)),
        ])
    func freeTextReadsValue(_ text: String, _ expected: Salary) {
        #expect(SalaryParser().parse(text) == expected)
    }

    @Test(
        "an implausible exponent in salary_min/salary_max is dropped with a warning",
        arguments: [("1e308", nil), ("1e308", "1e308"), (nil, "1E+308"), ("5e-3", "5e-3")] as [(String?, String?)])
    func structuredIsImplausible(_ low: String?, _ high: String?) {
        let posting = RawPosting(title: "Data Engineer", salaryMin: low, salaryMax: high)
        var warnings: [FieldWarning] = []
        #expect(SalaryExtractor().salary(for: posting, description: "", warnings: &warnings) == nil)
        #expect(warnings.map(\.field) == ["salary"])
    }

    @Test("spreadsheet exponents in salary_min/salary_max are read at their value")
    func structuredReadsValue() {
        let posting = RawPosting(title: "Data Engineer", salaryMin: "1.5E+05", salaryMax: "2E5")
        var warnings: [FieldWarning] = []
        #expect(SalaryExtractor().salary(for: posting, description: "", warnings: &warnings) == Self.usdYear(150_000, 200_000))
        #expect(warnings.isEmpty)
    }
}
