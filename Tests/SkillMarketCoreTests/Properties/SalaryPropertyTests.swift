import PropertyBased
import SkillMarketCore
import Testing

@Suite("Salary parser properties")
struct SalaryPropertyTests {
    @Test("any pay-like text gives no salary or a sane one: min ≤ max, yearly figure in bounds, never negative")
    func sanity() async {
        await propertyCheck(count: 500, input: Recipe.bytes(upTo: 60)) { bytes in
            var recipe = Recipe(bytes)
            let text = recipe.text(
                from: [
                    "0", "1", "5", "9", "00", "000", ",", ".", " ", "-", "–", "to", "$", "£", "€", "₹", "k", "K", "m",
                    "e308", "per hour", "a year", "/month", "daily", "LPA", "lakh", "bonus", "up to", "(", ")", "+",
                ], maxLength: 14)
            for currency in [CurrencyCode.usd, .inr, .eur] {
                guard let salary = SalaryParser(defaultCurrency: currency).parse(text) else { continue }
                #expect(Self.isSane(salary), "\(text) → \(salary)")
            }
        }
    }

    @Test("a plain or comma-grouped yearly dollar range inside the bounds reads back exactly")
    func exactRanges() async {
        await propertyCheck(count: 300, input: Gen.int(in: 10_000...4_999_999), Gen.int(in: 1...500_000), Gen.bool) {
            low, spread, grouped in
            let high = min(low + spread, 5_000_000)
            let text = "$\(Self.digits(low, grouped: grouped)) - $\(Self.digits(high, grouped: grouped)) a year"
            let expected = Salary(currency: .usd, period: .year, min: Money(units: Int64(low)), max: Money(units: Int64(high)))
            #expect(SalaryParser().parse(text) == expected, "\(text)")
        }
    }

    static func isSane(_ salary: Salary) -> Bool {
        let bounds: ClosedRange<Int64> = salary.currency == .inr ? 100_000...500_000_000 : 1_000...5_000_000
        let ends = [salary.annualMin, salary.annualMax].compactMap { $0 }
        if let low = salary.min, let high = salary.max, low > high { return false }
        return !ends.isEmpty && ends.allSatisfy { bounds.contains($0.cents / 100) }
    }

    /// "1234567" or, grouped, "1,234,567".
    static func digits(_ units: Int, grouped: Bool) -> String {
        let plain = String(units)
        guard grouped else { return plain }
        return plain.reversed().enumerated()
            .map { index, digit in index > 0 && index % 3 == 0 ? ",\(digit)" : "\(digit)" }
            .joined().reversed().map(String.init).joined()
    }
}
