import SkillMarketCore
import Testing

@Suite("Pay statements in descriptions")
struct PayStatementFinderTests {
    static func found(_ description: String) -> Salary? {
        var warnings: [FieldWarning] = []
        return SalaryExtractor().salary(for: RawPosting(title: "t"), description: description, warnings: &warnings)
    }

    @Test("pay statements are found", arguments: [
        SalaryCase(text: "About us.\nBase pay range: $160,000 - $220,000 per year.", expected: pay(.usd, 160_000, 220_000)),
        SalaryCase(text: "The salary for this role is $95,000 plus benefits.", expected: pay(.usd, 95_000, 95_000)),
        SalaryCase(text: "Job Type: Full-time Pay: $18-20/hour Expected hours: 40", expected: pay(.usd, 18, 20, .hour)),
        SalaryCase(text: "Acme | Backend Engineer | Remote | $170-225K + equity\nWe build", expected: pay(.usd, 170_000, 225_000)),
        SalaryCase(text: "Acme | Growth Engineer | Remote EU | €60-100k\nHello", expected: pay(.eur, 60_000, 100_000)),
        SalaryCase(text: "Compensation: $120k base + bonus", expected: pay(.usd, 120_000, 120_000)),
        SalaryCase(text: "We raised $50M. Salary range: $130,000 to $150,000.", expected: pay(.usd, 130_000, 150_000)),
        SalaryCase(text: "Benefits: 401k match. Salary: $80,000", expected: pay(.usd, 80_000, 80_000)),
        // Letters glued to figures that are still pay: a code before them, a scale or period after them.
        SalaryCase(text: "Salary: USD100k per year", expected: pay(.usd, 100_000, 100_000)),
        SalaryCase(text: "Salary: £30kpa", expected: pay(.gbp, 30_000, 30_000)),
    ])
    func findsPay(_ c: SalaryCase) {
        #expect(Self.found(c.text) == c.expected)
    }

    @Test("other money is ignored", arguments: [
        "We are building a $200B+ company.",
        "We raised $50M from great investors.",
        "Interns get a $2,000 stipend.",
        "Every engineer has a $1,500 learning budget per year.",
        "Our clients run 7+ figure contracts.",
        "The company reached $10 million in revenue.",
        "Join us: $200 sign-on bonus!",
        "We have 401(k) and 10k users.",
        "Wellness budget of $100 per month.",
        // Figures inside an identifier: "7pa919k0" is not 7 per annum and $919k.
        "Apply here: https://careers.example.com/jobs/543326?src=jobboard&utm_campaign=7pa919k0",
        "Reference 12pa40k2 for this role.",
    ])
    func ignoresOtherMoney(_ text: String) {
        #expect(Self.found(text) == nil)
    }

    static let digitFreeFiller = String(repeating: "We build tools for teams. ", count: 20)
    static let degreeSigns = String(repeating: "\u{B0}\u{B1}\u{B9}", count: 40)  // continuation bytes 0xB0…0xB9

    @Test("a statement far from the text's other figures and signs is found", arguments: [
        SalaryCase(text: digitFreeFiller + "Salary: $120,000 per year.", expected: pay(.usd, 120_000, 120_000)),
        SalaryCase(text: "$ and € signs, USD words. " + digitFreeFiller + "Pay: $40/hour", expected: pay(.usd, 40, 40, .hour)),
        SalaryCase(text: "5 years. " + digitFreeFiller + digitFreeFiller + "Salary range: €60-80k.", expected: pay(.eur, 60_000, 80_000)),
        SalaryCase(text: degreeSigns + " Compensation: £55,000 per annum", expected: pay(.gbp, 55_000, 55_000)),
    ])
    func findsDistantStatements(_ c: SalaryCase) {
        #expect(Self.found(c.text) == c.expected)
    }

    @Test("currency signs and words without a figure within reach find nothing", arguments: [
        "Salary: $ competitive. " + digitFreeFiller + "Join 5 teams.",
        "Pay in USD or EUR. " + digitFreeFiller + digitFreeFiller + "12 offices.",
        degreeSigns + "$" + degreeSigns,
        "Salary €",
    ])
    func ignoresFigureFreeTriggers(_ text: String) {
        #expect(Self.found(text) == nil)
    }

    @Test("the posting's country picks the currency of bare figures, however the code is spelled", arguments: [
        ("GB", CurrencyCode.gbp), ("gb", .gbp), (" GB ", .gbp), ("Ca", .cad), ("de", .eur), ("USA", .usd), ("", .usd),
    ])
    func countryCurrency(_ country: String, _ expected: CurrencyCode) {
        var warnings: [FieldWarning] = []
        let salary = SalaryExtractor().salary(
            for: RawPosting(title: "t", country: country), description: "Salary: 90k - 100k per year",
            warnings: &warnings)
        #expect(salary?.currency == expected)
    }
}
