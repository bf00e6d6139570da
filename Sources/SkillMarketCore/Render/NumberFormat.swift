/// The one place report numbers become text, so JSON-free renderings agree everywhere.
public enum NumberFormat {
    /// Thousands separated by commas: 4954 → "4,954".
    public static func count(_ value: Int) -> String { grouped(Int64(value)) }

    /// A share as a percentage with one decimal: 0.6664 → "66.6%".
    public static func percent(_ share: Double) -> String {
        JSONWriter.format(share * 100, digits: 1, keepTrailingZeros: true) + "%"
    }

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

    /// Compact money for chart axes: 193000 → "$193K", 1_250_000 → "$1.25M".
    public static func compactMoney(_ amount: Int64, _ currency: CurrencyCode) -> String {
        let sign = amount < 0 ? "−" : ""
        let magnitude = Double(abs(amount))
        let body: String
        if magnitude >= 1_000_000 {
            body = JSONWriter.format(magnitude / 1_000_000, digits: 2) + "M"
        } else if magnitude >= 1_000 {
            body = JSONWriter.format(magnitude / 1_000, digits: 1) + "K"
        } else {
            body = String(Int64(magnitude))
        }
        return sign + symbol(currency) + body
    }

    /// A ratio with two decimals: 2.634 → "2.63".
    public static func ratio(_ value: Double) -> String {
        JSONWriter.format(value, digits: 2, keepTrailingZeros: true)
    }

    /// A p-value in plain words for tables: "< 0.001" or three decimals.
    public static func pValue(_ value: Double) -> String {
        value < 0.001 ? "< 0.001" : JSONWriter.format(value, digits: 3, keepTrailingZeros: true)
    }

    private static func symbol(_ currency: CurrencyCode) -> String {
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
