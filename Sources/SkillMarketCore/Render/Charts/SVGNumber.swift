/// Formats numbers for SVG markup and chart labels, independent of locale.
///
/// Rounding is `JSONWriter.format`'s (half away from zero, trailing zeros trimmed, never an exponent),
/// so a figure reads the same in the JSON report and in its chart.
public enum SVGNumber {
    /// A coordinate or length with at most one decimal; non-finite values become "0".
    ///
    ///     SVGNumber.format(12.345)  // "12.3"
    ///     SVGNumber.format(40)      // "40"
    public static func format(_ value: Double) -> String {
        decimal(value, digits: 1)
    }

    /// A number with at most `digits` decimals; non-finite values become "0" and magnitudes are
    /// capped at 10¹⁵ (no chart needs more, and the shared rounding overflows near 10¹⁹).
    public static func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "0" }
        return JSONWriter.format(min(max(value, -1e15), 1e15), digits: digits)
    }

    /// A number with exactly `digits` decimals (zeros kept), for labels that should line up.
    ///
    ///     SVGNumber.fixed(0.95, digits: 1)  // "1.0"
    public static func fixed(_ value: Double, digits: Int) -> String {
        let text = decimal(value, digits: digits)
        guard digits > 0 else { return text }
        let present = text.firstIndex(of: ".").map { text.distance(from: $0, to: text.endIndex) - 1 }
        return text + (present == nil ? "." : "") + String(repeating: "0", count: digits - (present ?? 0))
    }

    /// A fraction (0..1) as a percentage with at most one decimal.
    ///
    ///     SVGNumber.percent(0.666)  // "66.6%"
    ///     SVGNumber.percent(0.2)    // "20%"
    public static func percent(_ fraction: Double) -> String {
        decimal(fraction * 100, digits: 1) + "%"
    }

    /// A compact money label: units below 1,000, then K and M with at most one decimal.
    ///
    ///     SVGNumber.money(193_000)    // "$193K"
    ///     SVGNumber.money(209_700)    // "$209.7K"
    ///     SVGNumber.money(1_200_000)  // "$1.2M"
    ///     SVGNumber.money(-3_700)     // "-$3.7K"
    public static func money(_ amount: Double, symbol: String = "$") -> String {
        guard amount.isFinite else { return symbol + "0" }
        let sign = amount < 0 && abs(amount) >= 0.5 ? "-" : ""
        let magnitude = abs(amount)
        // Decide the unit after rounding, so 999,960 reads "$1M" rather than "$1000K".
        if magnitude.rounded(.toNearestOrAwayFromZero) < 1_000 {
            return sign + symbol + decimal(magnitude, digits: 0)
        }
        let thousands = (magnitude / 100).rounded(.toNearestOrAwayFromZero) / 10
        if thousands < 1_000 {
            return sign + symbol + decimal(thousands, digits: 1) + "K"
        }
        return sign + symbol + decimal(magnitude / 1_000_000, digits: 1) + "M"
    }

    /// A money difference with an explicit sign: "+$7.5K", "-$3.7K", "$0".
    public static func signedMoney(_ amount: Double, symbol: String = "$") -> String {
        let text = money(amount, symbol: symbol)
        return text.hasPrefix("-") || text == symbol + "0" ? text : "+" + text
    }
}
