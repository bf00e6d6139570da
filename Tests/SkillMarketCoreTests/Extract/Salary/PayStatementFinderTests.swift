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
    ])
    func ignoresOtherMoney(_ text: String) {
        #expect(Self.found(text) == nil)
    }
}
