/// A pay figure read from tokens, before the sanity bounds are applied.
struct SalaryStatement: Sendable, Equatable {
    var salary: Salary
    /// Token indices the statement covers (prefix words through the trailing period marker).
    var tokens: Range<Int>
    /// The text named the period (otherwise it was inferred from the magnitude).
    var statedPeriod: Bool
    /// The text named a currency (otherwise the default was used).
    var statedCurrency: Bool
}

/// Reads one pay statement starting at an amount token.
///
/// Shapes: `X`, `X - Y`, `X to Y`, `between X and Y`, `up to X` / `to X` / `max X` (max only),
/// `from X` / `starting at X` / `X+` / `X to negotiable` (min only). Period and currency markers
/// may sit before the figure, between the two figures ("12.03 per hour to 12.44 per hour") or up
/// to four tokens after ("$70,000 - $100,000 range / year"); the first period marker wins.
/// Lakh, LPA and crore without a currency mean INR.
/// min > max is swapped ("$140.88 - $49.69"), unless max is under a tenth of min ("25,000 to
/// 28,00"), which is read as a typo: the low end is kept as a single figure.
struct SalaryStatementReader {
    let tokens: [SalaryToken]
    let defaultCurrency: CurrencyCode

    private struct Markers {
        var period: PayPeriod?
        var currency: SalaryCurrency?
        mutating func note(_ kind: SalaryToken.Kind) {
            switch kind {
            case .period(let value): if period == nil { period = value }
            case .currency(let value): if currency == nil || currency == .dollar { currency = value }
            default: break
            }
        }
    }

    func statement(at first: Int) -> SalaryStatement? {
        guard first < tokens.count, let low = tokens[first].amount, low.isPay else { return nil }
        var markers = Markers()
        var maxOnly = false, minOnly = low.openEnded, between = false
        var start = first
        var prefixPeriod: PayPeriod?
        // Prefix: "up to $", "from £", "between", "starting at".
        var back = first - 1
        while back >= 0, first - back <= 4 {
            switch tokens[back].kind {
            case .currency, .slash: markers.note(tokens[back].kind)
            case .period(let period): prefixPeriod = period  // "Hourly: $25"; a later marker wins
            case .word(.filler), .word(.up): break
            case .word(.to), .word(.upTo), .word(.maximum), .word(.under): maxOnly = true
            case .word(.from), .word(.starting), .word(.minimum), .word(.over), .word(.atLeast): minOnly = true
            case .word(.between): between = true
            default: back = -1
            }
            if back < 0 { break }
            start = back
            back -= 1
        }
        var position = trailing(from: first + 1, markers: &markers)
        var high: SalaryAmount?
        if position < tokens.count, isSeparator(tokens[position].kind, between: between) {
            var next = position + 1
            skipping: while next < tokens.count, next - position <= 3 {
                switch tokens[next].kind {
                case .currency: markers.note(tokens[next].kind)
                case .word(.filler), .word(.up), .word(.upTo), .word(.to): break
                case .word(.noFigure): minOnly = true  // "35,000 to Negotiable"
                default: break skipping
                }
                next += 1
            }
            if next < tokens.count, let amount = tokens[next].amount, amount.isPay {
                high = amount
                position = trailing(from: next + 1, markers: &markers)
            } else {
                position = trailing(from: position + 1, markers: &markers)
            }
        }
        var lowValue = low, highValue = high
        if var upper = highValue { reconcileScales(&lowValue, &upper); highValue = upper }
        let indianScale = [1e5, 1e7].contains(lowValue.multiplier) || [1e5, 1e7].contains(highValue?.multiplier ?? 1)
        let currency = markers.currency == nil && indianScale ? .inr : resolved(markers.currency)
        let implied = lowValue.impliedPeriod ?? highValue?.impliedPeriod
        let largest = max(lowValue.scaled, highValue?.scaled ?? 0)
        let period = markers.period ?? implied ?? prefixPeriod ?? SalaryBounds.inferredPeriod(for: largest, currency: currency)
        var minimum: Money? = SalaryBounds.money(lowValue.scaled)
        var maximum: Money? = highValue.map { SalaryBounds.money($0.scaled) } ?? minimum
        if highValue == nil {
            if maxOnly { minimum = nil } else if minOnly { maximum = nil }
        }
        if let low = minimum, let high = maximum, low > high {
            // "25,000 to 28,00": a high end under a tenth of the low end is a typo; keep the low end.
            if high.cents * 10 < low.cents { maximum = low } else { (minimum, maximum) = (high, low) }
        }
        return SalaryStatement(
            salary: Salary(currency: currency, period: period, min: minimum, max: maximum),
            tokens: start..<max(position, first + 1),
            statedPeriod: markers.period != nil || implied != nil || prefixPeriod != nil,
            statedCurrency: markers.currency != nil)
    }

    /// Collects markers after a figure, skipping at most two unknown words; returns the index of
    /// the first token it did not consume (a separator there makes a range).
    private func trailing(from start: Int, markers: inout Markers) -> Int {
        var position = start
        var others = 0
        while position < tokens.count, position - start < 5 {
            switch tokens[position].kind {
            case .currency, .period: markers.note(tokens[position].kind)
            case .slash, .word(.filler), .word(.payKeyword): break
            case .word(.other), .word(.base):
                others += 1
                if others > 2 { return position }
            default: return position
            }
            position += 1
        }
        return position
    }

    private func isSeparator(_ kind: SalaryToken.Kind, between: Bool) -> Bool {
        switch kind {
        case .dash, .word(.to): true
        case .word(.and): between
        default: false
        }
    }

    /// "$120-150k" → both ends in thousands; "12-15 LPA" → both in lakh; "30-45000" → 30,000..45,000.
    private func reconcileScales(_ low: inout SalaryAmount, _ high: inout SalaryAmount) {
        if low.multiplier == 1, high.multiplier > 1, low.value <= high.value {
            low.multiplier = high.multiplier
        } else if low.multiplier == 1, high.multiplier == 1, !low.hasDecimals, low.value >= 1, low.value < 1_000,
            high.value >= 10_000, low.value * 1_000 <= high.value
        {
            low.multiplier = 1_000
        }
    }

    private func resolved(_ currency: SalaryCurrency?) -> CurrencyCode {
        guard let currency else { return defaultCurrency }
        if currency == .dollar { return defaultCurrency.isDollar ? defaultCurrency : .usd }
        return currency.code
    }
}
