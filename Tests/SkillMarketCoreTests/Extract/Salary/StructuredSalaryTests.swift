import Testing

@testable import SkillMarketCore

struct StructuredCase: Sendable, CustomTestStringConvertible {
    let min: String?
    let max: String?
    let currency: String?
    let period: String?
    let expected: Salary?
    var testDescription: String { "\(min ?? "-")..\(max ?? "-") \(currency ?? "-") \(period ?? "-")" }
}

@Suite("Structured salary fields")
struct StructuredSalaryTests {
    static func usd(_ low: Int64?, _ high: Int64?, _ period: PayPeriod = .year) -> Salary {
        Salary(currency: .usd, period: period, min: low.map(Money.init(units:)), max: high.map(Money.init(units:)))
    }

    @Test(arguments: [
        StructuredCase(min: "150000.0", max: "200000.0", currency: "USD", period: "YEARLY", expected: usd(150_000, 200_000)),
        StructuredCase(min: "18", max: "20", currency: nil, period: "HOURLY", expected: usd(18, 20, .hour)),
        StructuredCase(min: "300.0", max: "300.0", currency: "USD", period: "HOURLY", expected: usd(300, 300, .hour)),
        StructuredCase(min: "4061.0", max: "4817.0", currency: "USD", period: "MONTHLY", expected: usd(4_061, 4_817, .month)),
        StructuredCase(min: "25", max: nil, currency: nil, period: "per hour", expected: usd(25, nil, .hour)),
        StructuredCase(min: "90000", max: "80000", currency: "usd", period: "annual", expected: usd(80_000, 90_000)),
        StructuredCase(min: "350", max: "400", currency: nil, period: "day", expected: usd(350, 400, .day)),
        StructuredCase(min: "60000", max: "70000", currency: nil, period: nil, expected: usd(60_000, 70_000)),
        StructuredCase(
            min: "50000", max: "60000", currency: "EUR", period: "year",
            expected: Salary(currency: .eur, period: .year, min: Money(units: 50_000), max: Money(units: 60_000))),
        StructuredCase(min: "1.0", max: "40000.0", currency: "USD", period: "YEARLY", expected: nil),
        StructuredCase(min: "", max: "", currency: "USD", period: "YEARLY", expected: nil),
    ])
    func readsStructuredFields(_ c: StructuredCase) {
        let posting = RawPosting(
            title: "t", salaryMin: c.min, salaryMax: c.max, salaryCurrency: c.currency, salaryPeriod: c.period)
        var warnings: [FieldWarning] = []
        #expect(SalaryExtractor().salary(for: posting, description: "", warnings: &warnings) == c.expected)
    }

    @Test("an implausible structured figure is dropped with a salary warning")
    func warnsOnImplausibleFigure() {
        // Given a yearly salary of 5..250,000
        let posting = RawPosting(title: "t", salaryMin: "5", salaryMax: "250000", salaryPeriod: "YEARLY")
        var warnings: [FieldWarning] = []
        // When extracting, Then there is no salary and one warning names the field
        #expect(SalaryExtractor().salary(for: posting, description: "Pay: $50,000", warnings: &warnings) == nil)
        #expect(warnings.map(\.field) == ["salary"])
    }

    @Test("structured fields win over salary text and description")
    func structuredWins() {
        let posting = RawPosting(
            title: "t", salary: "$10-12/hour", salaryMin: "100000", salaryMax: "120000", salaryPeriod: "year")
        var warnings: [FieldWarning] = []
        let salary = SalaryExtractor().salary(for: posting, description: "Pay: $1/hour", warnings: &warnings)
        #expect(salary == Self.usd(100_000, 120_000))
    }

    @Test("salary text wins over the description; 'Competitive' falls through to it")
    func textThenDescription() {
        var warnings: [FieldWarning] = []
        let text = RawPosting(title: "t", salary: "£30,000 - £35,000 per annum")
        #expect(SalaryExtractor().salary(for: text, description: "Salary: $90,000", warnings: &warnings)?.currency == .gbp)
        let competitive = RawPosting(title: "t", salary: "Competitive")
        let found = SalaryExtractor().salary(for: competitive, description: "Base pay range: $160,000 - $220,000", warnings: &warnings)
        #expect(found == Self.usd(160_000, 220_000))
        #expect(warnings.isEmpty)
    }

    @Test(
        "the default currency follows the structured currency, else the country code in any case",
        arguments: [
            (nil, "GB", "GBP"), (nil, "uk", "GBP"), (nil, " IN ", "INR"), (nil, "CA", "CAD"), (nil, "AU", "AUD"),
            (nil, "FR", "EUR"), (nil, "cy", "EUR"), (nil, "US", "USD"), (nil, "XX", "USD"), (nil, "USA", "USD"),
            (nil, "", "USD"), (nil, nil, "USD"), ("GBP", "US", "GBP"), ("€", "US", "EUR"),
        ] as [(String?, String?, String)])
    func defaultCurrency(salaryCurrency: String?, country: String?, expected: String) {
        #expect(SalaryExtractor.defaultCurrency(salaryCurrency: salaryCurrency, country: country) == CurrencyCode(expected))
    }

    @Test(
        "structured fields with no figure fall through to the description whether blank or words",
        arguments: [("", nil), (" ", "  "), (nil, "Competitive"), ("DOE", nil)] as [(String?, String?)])
    func noFigureFallsThrough(min: String?, max: String?) {
        var warnings: [FieldWarning] = []
        let posting = RawPosting(title: "t", salaryMin: min, salaryMax: max)
        #expect(SalaryExtractor().salary(for: posting, description: "Salary: $90,000", warnings: &warnings) == Self.usd(90_000, 90_000))
        #expect(warnings.isEmpty)
    }

    @Test("the posting country picks the default currency for bare figures")
    func countryCurrency() {
        var warnings: [FieldWarning] = []
        let posting = RawPosting(title: "t", country: "GB", salary: "30000 - 35000 per annum")
        #expect(SalaryExtractor().salary(for: posting, description: "", warnings: &warnings)?.currency == .gbp)
        let canada = RawPosting(title: "t", country: "CA", salary: "$90k")
        #expect(SalaryExtractor().salary(for: canada, description: "", warnings: &warnings)?.currency == .cad)
    }
}
