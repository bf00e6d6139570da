/// Sanity bounds and period inference for pay figures.
///
/// Bounds apply to the yearly figure (spec factors: hour ×2,080, day ×260, week ×52, month ×12):
/// 1,000 to 5,000,000 currency units, ×100 for INR (₹1,00,000 to ₹50,00,00,000), since one rupee
/// is about a hundredth of the other currencies we see. Either end outside the bounds drops the
/// whole salary.
///
/// When the text names no period it is inferred from the largest figure (in currency units;
/// thresholds ×50 for INR): below 200 → hour ("7.00-9.00"), below 1,000 → day ("375"),
/// below 10,000 → month ("4,200"), otherwise year. Weeks are never inferred.
enum SalaryBounds {
    static func annualRange(for currency: CurrencyCode) -> ClosedRange<Int64> {
        currency == .inr ? 100_000...500_000_000 : 1_000...5_000_000
    }

    static func inferredPeriod(for units: Double, currency: CurrencyCode) -> PayPeriod {
        let scale: Double = currency == .inr ? 50 : 1
        if units < 200 * scale { return .hour }
        if units < 1_000 * scale { return .day }
        if units < 10_000 * scale { return .month }
        return .year
    }

    /// Money for a figure in currency units, held within ±10¹² units: far outside the plausible
    /// bounds (so `problem(with:)` rejects it) yet small enough that yearly figures cannot
    /// overflow ("$99999999999999999" or "1e308" would otherwise trap converting to Int64).
    static func money(_ units: Double) -> Money {
        let held = units.isNaN ? 0 : Swift.min(Swift.max(units, -1e12), 1e12)
        return Money(cents: Int64((held * 100).rounded()))
    }

    /// `nil` when both ends are plausible, otherwise a reason for the warning.
    static func problem(with salary: Salary) -> String? {
        let range = annualRange(for: salary.currency)
        for end in [salary.annualMin, salary.annualMax] {
            guard let end else { continue }
            let units = end.cents / 100
            if !range.contains(units) {
                return "is \(units) \(salary.currency) a year, outside the plausible \(range.lowerBound)..\(range.upperBound)"
            }
        }
        if salary.min == nil && salary.max == nil { return "has no figure" }
        return nil
    }
}
