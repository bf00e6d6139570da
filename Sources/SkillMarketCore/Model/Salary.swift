/// A pay statement normalised to one currency and period, with yearly equivalents.
///
/// `min`/`max` are per `period`; `annualMin`/`annualMax` multiply them by `period.perYear`.
/// A single figure sets both ends; an open-ended one ("up to $200k") keeps only the end it states.
/// `base` is false when the figure includes bonus, commission or OTE.
public struct Salary: Sendable, Equatable {
    public var currency: CurrencyCode
    public var period: PayPeriod
    public var min: Money?
    public var max: Money?
    public var base: Bool

    public init(currency: CurrencyCode, period: PayPeriod, min: Money?, max: Money?, base: Bool = true) {
        self.currency = currency
        self.period = period
        self.min = min
        self.max = max
        self.base = base
    }

    public var annualMin: Money? { min.map { Money(cents: $0.cents * period.perYear) } }
    public var annualMax: Money? { max.map { Money(cents: $0.cents * period.perYear) } }

    /// The per-posting figure used in analytics: the midpoint of a closed range, `nil` when open-ended.
    public var annualMidpoint: Money? {
        guard let low = annualMin, let high = annualMax else { return nil }
        return Money(cents: (low.cents + high.cents) / 2)
    }
}
