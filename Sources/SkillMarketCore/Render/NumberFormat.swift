/// The one place report numbers become text, so JSON-free renderings agree everywhere.
public enum NumberFormat {
    /// Thousands separated by commas: 4954 → "4,954".
    public static func count(_ value: Int) -> String { grouped(Int64(value)) }

    /// A share as a percentage with at most one decimal: 0.6664 → "66.6%", 0.2 → "20%".
    public static func percent(_ share: Double) -> String { SVGNumber.percent(share) }

    /// Percentage points with a sign: 0.031 → "+3.1 pp".
    public static func points(_ delta: Double) -> String {
        (delta >= 0 ? "+" : "−") + JSONWriter.format(abs(delta) * 100, digits: 1, keepTrailingZeros: true) + " pp"
    }

    /// Whole money with its currency: (193000, USD) → "$193,000"; (-3700, USD) → "−$3,700".
    public static func money(_ amount: Int64, _ currency: CurrencyCode) -> String {
        let sign = amount < 0 ? "−" : ""
        return sign + symbol(currency) + grouped(abs(amount))
    }

    /// A signed money difference: 16700 → "+$16,700".
    public static func signedMoney(_ amount: Int64, _ currency: CurrencyCode) -> String {
        (amount >= 0 ? "+" : "") + money(amount, currency)
    }

    /// A ratio with two decimals: 2.634 → "2.63".
    public static func ratio(_ value: Double) -> String {
        JSONWriter.format(value, digits: 2, keepTrailingZeros: true)
    }

    /// A p-value in plain words for tables: "< 0.001" or three decimals.
    public static func pValue(_ value: Double) -> String {
        value < 0.001 ? "< 0.001" : JSONWriter.format(value, digits: 3, keepTrailingZeros: true)
    }

    /// "$", "£", "€", "₹", "C$", "A$", or the code and a space.
    public static func symbol(_ currency: CurrencyCode) -> String {
        switch currency.rawValue {
        case "USD": "$"
        case "GBP": "£"
        case "EUR": "€"
        case "INR": "₹"
        case "CAD": "C$"
        case "AUD": "A$"
        default: currency.rawValue + " "
        }
    }

    private static func grouped(_ value: Int64) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return (value < 0 ? "-" : "") + result
    }
}
