/// An amount of money in integer cents (or the currency's hundredth unit).
public struct Money: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }

    /// Whole currency units: `Money(units: 150_000)` is 150,000.00.
    public init(units: Int64) { self.cents = units * 100 }

    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }

    /// The amount in currency units, for statistics only.
    public var units: Double { Double(cents) / 100 }

    /// Plain decimal text: "150000" for whole amounts, "18.50" otherwise.
    public var description: String {
        let whole = cents / 100
        let fraction = abs(cents % 100)
        if fraction == 0 { return String(whole) }
        let sign = cents < 0 && whole == 0 ? "-" : ""
        return sign + String(whole) + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }
}
