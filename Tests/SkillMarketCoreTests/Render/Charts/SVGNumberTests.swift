import SkillMarketCore
import Testing

struct NumberCase: Sendable, CustomTestStringConvertible {
    let value: Double
    let expected: String
    var testDescription: String { "\(value) → \(expected)" }
}

@Suite("SVG number formatting")
struct SVGNumberTests {
    @Test(arguments: [
        NumberCase(value: 12.345, expected: "12.3"), NumberCase(value: 40, expected: "40"),
        NumberCase(value: -0.04, expected: "0"), NumberCase(value: 0.05, expected: "0.1"),
        NumberCase(value: .nan, expected: "0"), NumberCase(value: .infinity, expected: "0"),
        NumberCase(value: 1e20, expected: "1000000000000000"),
    ])
    func formatsCoordinatesWithOneDecimal(_ c: NumberCase) {
        #expect(SVGNumber.format(c.value) == c.expected)
    }

    @Test(arguments: [
        NumberCase(value: 0.666, expected: "66.6%"), NumberCase(value: 0.2, expected: "20%"),
        NumberCase(value: 0.0475, expected: "4.8%"), NumberCase(value: 0, expected: "0%"),
        NumberCase(value: 1, expected: "100%"),
    ])
    func formatsFractionsAsPercent(_ c: NumberCase) {
        #expect(SVGNumber.percent(c.value) == c.expected)
    }

    @Test(arguments: [
        NumberCase(value: 193_000, expected: "$193K"), NumberCase(value: 209_700, expected: "$209.7K"),
        NumberCase(value: 190_000, expected: "$190K"), NumberCase(value: 1_200_000, expected: "$1.2M"),
        NumberCase(value: 999_960, expected: "$1M"), NumberCase(value: 950, expected: "$950"),
        NumberCase(value: 999.7, expected: "$1K"), NumberCase(value: -3_700, expected: "-$3.7K"),
        NumberCase(value: 0, expected: "$0"), NumberCase(value: .nan, expected: "$0"),
    ])
    func formatsMoneyCompactly(_ c: NumberCase) {
        #expect(SVGNumber.money(c.value) == c.expected)
    }

    @Test("signed money shows + for gains, - for losses, nothing for zero")
    func signsMoney() {
        #expect(SVGNumber.signedMoney(7_500) == "+$7.5K")
        #expect(SVGNumber.signedMoney(-19_800) == "-$19.8K")
        #expect(SVGNumber.signedMoney(0) == "$0")
        #expect(SVGNumber.money(48_000, symbol: "£") == "£48K")
    }
}
