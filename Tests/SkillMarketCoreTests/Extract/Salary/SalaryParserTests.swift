import SkillMarketCore
import Testing

struct SalaryCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: Salary?
    var testDescription: String { text }
}

/// A salary in whole units; `nil` ends are open.
func pay(
    _ currency: CurrencyCode, _ low: Double?, _ high: Double?, _ period: PayPeriod = .year, base: Bool = true
) -> Salary {
    func money(_ units: Double?) -> Money? { units.map { Money(cents: Int64(($0 * 100).rounded())) } }
    return Salary(currency: currency, period: period, min: money(low), max: money(high), base: base)
}

@Suite("Salary parser")
struct SalaryParserTests {
    @Test("ranges, separators, scales and single values", arguments: [
        SalaryCase(text: "$120-150k", expected: pay(.usd, 120_000, 150_000)),
        SalaryCase(text: "$53K-$91K", expected: pay(.usd, 53_000, 91_000)),
        SalaryCase(text: "$150,000 - $200,000 a year", expected: pay(.usd, 150_000, 200_000)),
        SalaryCase(text: "$90,000 – $110,000 annually", expected: pay(.usd, 90_000, 110_000)),
        SalaryCase(text: "$90,000 — $110,000", expected: pay(.usd, 90_000, 110_000)),
        SalaryCase(text: "from $150,000 to $190,000", expected: pay(.usd, 150_000, 190_000)),
        SalaryCase(text: "between $60,000 and $70,000", expected: pay(.usd, 60_000, 70_000)),
        SalaryCase(text: "$95,000", expected: pay(.usd, 95_000, 95_000)),
        SalaryCase(text: "20000 - 30000/annum 20-30K", expected: pay(.usd, 20_000, 30_000)),
        SalaryCase(text: "20 - 25k basic", expected: pay(.usd, 20_000, 25_000)),
        SalaryCase(text: "30-45000", expected: pay(.usd, 30_000, 45_000)),
        SalaryCase(text: "26000.00 to 27000.00 per year", expected: pay(.usd, 26_000, 27_000)),
        SalaryCase(text: "$140.88 - $49.69 Hourly", expected: pay(.usd, 49.69, 140.88, .hour)),
        SalaryCase(text: "25,000 to 28,00 per year", expected: pay(.usd, 25_000, 25_000)),
    ])
    func parsesRanges(_ c: SalaryCase) {
        #expect(SalaryParser().parse(c.text) == c.expected)
    }

    @Test("periods from markers or magnitude", arguments: [
        SalaryCase(text: "£7.00 to £9.00 per hour", expected: pay(.gbp, 7, 9, .hour)),
        SalaryCase(text: "Pay: $18-20/hour", expected: pay(.usd, 18, 20, .hour)),
        SalaryCase(text: "$25/hr", expected: pay(.usd, 25, 25, .hour)),
        SalaryCase(text: "$30 an hour", expected: pay(.usd, 30, 30, .hour)),
        SalaryCase(text: "£6.51 p/h", expected: pay(.gbp, 6.51, 6.51, .hour)),
        SalaryCase(text: "£7.20 ph to £8.80ph", expected: pay(.gbp, 7.20, 8.80, .hour)),
        SalaryCase(text: "£12.03 per hour to £12.44 per hour per year", expected: pay(.gbp, 12.03, 12.44, .hour)),
        SalaryCase(text: "$17-$24 Per Hour(Glassdoor est.)", expected: pay(.usd, 17, 24, .hour)),
        SalaryCase(text: "£375 per day", expected: pay(.gbp, 375, 375, .day)),
        SalaryCase(text: "£100 - £145/day", expected: pay(.gbp, 100, 145, .day)),
        SalaryCase(text: "£468 to £507 per week", expected: pay(.gbp, 468, 507, .week)),
        SalaryCase(text: "$7,000-9,000 monthly", expected: pay(.usd, 7_000, 9_000, .month)),
        SalaryCase(text: "£30,000 p.a.", expected: pay(.gbp, 30_000, 30_000)),
        SalaryCase(text: "£30,000 per annum", expected: pay(.gbp, 30_000, 30_000)),
        SalaryCase(text: "$85k/yr", expected: pay(.usd, 85_000, 85_000)),
        SalaryCase(text: "£7.00-9.00", expected: pay(.gbp, 7, 9, .hour)),
        SalaryCase(text: "£375", expected: pay(.gbp, 375, 375, .day)),
        SalaryCase(text: "$4,200", expected: pay(.usd, 4_200, 4_200, .month)),
        SalaryCase(text: "$70,000 - $100,000 range / year salary", expected: pay(.usd, 70_000, 100_000)),
    ])
    func infersPeriods(_ c: SalaryCase) {
        #expect(SalaryParser().parse(c.text) == c.expected)
    }

    @Test("currencies by symbol and code, INR lakh and crore, European separators", arguments: [
        SalaryCase(text: "US$100,000", expected: pay(.usd, 100_000, 100_000)),
        SalaryCase(text: "USD 90,000 - 100,000", expected: pay(.usd, 90_000, 100_000)),
        SalaryCase(text: "C$80,000", expected: pay(.cad, 80_000, 80_000)),
        SalaryCase(text: "CA$80k-90k", expected: pay(.cad, 80_000, 90_000)),
        SalaryCase(text: "85,000 CAD", expected: pay(.cad, 85_000, 85_000)),
        SalaryCase(text: "£30k", expected: pay(.gbp, 30_000, 30_000)),
        SalaryCase(text: "40,000 GBP", expected: pay(.gbp, 40_000, 40_000)),
        SalaryCase(text: "€55.000", expected: pay(.eur, 55_000, 55_000)),
        SalaryCase(text: "55.000 €", expected: pay(.eur, 55_000, 55_000)),
        SalaryCase(text: "€55,5k", expected: pay(.eur, 55_500, 55_500)),
        SalaryCase(text: "€60k–€80k", expected: pay(.eur, 60_000, 80_000)),
        SalaryCase(text: "EUR 70.000 - 80.000", expected: pay(.eur, 70_000, 80_000)),
        SalaryCase(text: "₹12,00,000", expected: pay(.inr, 1_200_000, 1_200_000)),
        SalaryCase(text: "12 LPA", expected: pay(.inr, 1_200_000, 1_200_000)),
        SalaryCase(text: "12-15 LPA", expected: pay(.inr, 1_200_000, 1_500_000)),
        SalaryCase(text: "INR 12 lakh", expected: pay(.inr, 1_200_000, 1_200_000)),
        SalaryCase(text: "Rs. 8 - 10 lakhs per annum", expected: pay(.inr, 800_000, 1_000_000)),
        SalaryCase(text: "₹1.2 crore", expected: pay(.inr, 12_000_000, 12_000_000)),
        SalaryCase(text: "₹50,000 per month", expected: pay(.inr, 50_000, 50_000, .month)),
    ])
    func readsCurrencies(_ c: SalaryCase) {
        #expect(SalaryParser().parse(c.text) == c.expected)
    }

    @Test("no figure, sentinels and implausible values give nil", arguments: [
        "Competitive", "DOE", "Negotiable", "-1", "", "   ", "Salary: TBC", "$0", "$150,000,000", "$200B+",
        "0.3-0.41%",
    ])
    func rejects(_ text: String) {
        #expect(SalaryParser().parse(text) == nil)
    }

    @Test("an implausible figure is reported with the annual value")
    func reportsImplausible() {
        guard case .implausible(let reason) = SalaryParser().read("$150,000,000 a year") else {
            Issue.record("expected implausible")
            return
        }
        #expect(reason.contains("150000000"))
        #expect(SalaryParser().read("Competitive") == .noFigure)
    }

    @Test("open-ended figures keep only the stated end", arguments: [
        SalaryCase(text: "up to $200k", expected: pay(.usd, nil, 200_000)),
        SalaryCase(text: "Up to 375 Per Day", expected: pay(.usd, nil, 375, .day)),
        SalaryCase(text: "Upto £25,000 per annum", expected: pay(.gbp, nil, 25_000)),
        SalaryCase(text: "$180,000+", expected: pay(.usd, 180_000, nil)),
        SalaryCase(text: "from £30k", expected: pay(.gbp, 30_000, nil)),
        SalaryCase(text: "starting at $49,920", expected: pay(.usd, 49_920, nil)),
        SalaryCase(text: "£35,000 to Negotiable per year", expected: pay(.gbp, 35_000, nil)),
    ])
    func openEnded(_ c: SalaryCase) {
        #expect(SalaryParser().parse(c.text) == c.expected)
    }

    @Test("bonus, commission and OTE clear base; equity and benefits keep it", arguments: [
        SalaryCase(text: "£55,000 - £65,000 + Bonus", expected: pay(.gbp, 55_000, 65_000, base: false)),
        SalaryCase(text: "£25k-50k OTE", expected: pay(.gbp, 25_000, 50_000, base: false)),
        SalaryCase(text: "$60,000 + commission", expected: pay(.usd, 60_000, 60_000, base: false)),
        SalaryCase(text: "$90k including bonus", expected: pay(.usd, 90_000, 90_000, base: false)),
        SalaryCase(text: "$120k on target earnings", expected: pay(.usd, 120_000, 120_000, base: false)),
        SalaryCase(text: "$170-225K + equity", expected: pay(.usd, 170_000, 225_000)),
        SalaryCase(text: "£40,000 - £55,000 + excellent benefits", expected: pay(.gbp, 40_000, 55_000)),
        SalaryCase(text: "Basic salary of £20,000 plus profit bonus", expected: pay(.gbp, 20_000, 20_000)),
    ])
    func basePay(_ c: SalaryCase) {
        #expect(SalaryParser().parse(c.text) == c.expected)
    }

    @Test("Glassdoor formats", arguments: [
        SalaryCase(text: "$53K-$91K (Glassdoor est.)", expected: pay(.usd, 53_000, 91_000)),
        SalaryCase(text: "$17-$24 Per Hour(Glassdoor est.)", expected: pay(.usd, 17, 24, .hour)),
        SalaryCase(text: "Employer Provided Salary:$150K-$160K", expected: pay(.usd, 150_000, 160_000)),
        SalaryCase(text: "$110K-$150K(Employer est.)", expected: pay(.usd, 110_000, 150_000)),
        SalaryCase(text: "Employer Provided Salary:$25-$30 Per Hour", expected: pay(.usd, 25, 30, .hour)),
    ])
    func glassdoor(_ c: SalaryCase) {
        #expect(SalaryParser().parse(c.text) == c.expected)
    }

    @Test("the default currency applies to bare figures; a bare $ follows a dollar default")
    func defaultCurrency() {
        #expect(SalaryParser(defaultCurrency: .gbp).parse("25000 - 30000 per annum")?.currency == .gbp)
        #expect(SalaryParser(defaultCurrency: .cad).parse("$90k")?.currency == .cad)
        #expect(SalaryParser(defaultCurrency: .gbp).parse("$90k")?.currency == .usd)
    }

    @Test("a prefix glued to $ names its dollar; a bare $ follows a dollar default", arguments: [
        ("A$90k", CurrencyCode.usd, CurrencyCode("AUD")),
        ("AU$90k", .usd, CurrencyCode("AUD")),
        ("NZ$120,000", .usd, CurrencyCode("NZD")),
        ("S$8,000 a month", .usd, CurrencyCode("SGD")),
        ("HK$50,000 per month", .usd, CurrencyCode("HKD")),
        ("US$90k", .cad, .usd),
        ("$90k", CurrencyCode("AUD"), CurrencyCode("AUD")),
        ("$90k", .eur, .usd),
        ("90,000 dollars", .gbp, .usd),
        ("AUD 90,000", .usd, CurrencyCode("AUD")),
    ])
    func dollarCurrencies(_ text: String, _ defaultCurrency: CurrencyCode, _ expected: CurrencyCode) {
        #expect(SalaryParser(defaultCurrency: defaultCurrency).parse(text)?.currency == expected)
    }

    @Test("annual figures use the spec factors")
    func annualises() {
        let salary = SalaryParser().parse("$60/hour")
        #expect(salary?.annualMin == Money(units: 124_800))
        #expect(SalaryParser().parse("$120-150k")?.annualMidpoint == Money(units: 135_000))
    }
}
