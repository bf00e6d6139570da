/// One lexical unit of pay text, with the byte range it came from.
struct SalaryToken: Sendable, Equatable {
    var kind: Kind
    /// Byte offsets into the lexed text (`start..<end`).
    var start: Int
    var end: Int

    enum Kind: Sendable, Equatable {
        case amount(SalaryAmount)
        case currency(SalaryCurrency)
        case period(PayPeriod)
        /// `-`, `–`, `—`, `−`.
        case dash
        /// A free-standing `+` (not glued to a number).
        case plus
        case slash
        /// `|`, a line break, `;` or a sentence-ending `.`: statements never cross it.
        case stop
        case word(SalaryWord)
    }
}

/// A number as written, with the scale words or suffixes attached to it.
struct SalaryAmount: Sendable, Equatable {
    /// The digits' value ("120" in "$120k", "12" in "12 LPA").
    var value: Double
    /// 1, 1,000 (k), 100,000 (lakh, LPA), 1,000,000 (M), 10,000,000 (crore), 1e9 (B).
    var multiplier: Double = 1
    var hasDecimals = false
    /// A `+` glued to the figure ("$180,000+"): the figure is a minimum.
    var openEnded = false
    /// Percent or negative figures never count as pay.
    var isPay = true
    /// Set by "LPA" (lakh per annum).
    var impliedPeriod: PayPeriod?

    var scaled: Double { value * multiplier }
}

/// Words that matter to pay statements; everything else is `.other`.
enum SalaryWord: Sendable, Equatable {
    case to, up, upTo, from, between, and, starting, atLeast, over, under, maximum, minimum
    case ote, bonus, commission, including, base
    case noFigure  // competitive, DOE, negotiable, TBC
    case filler  // per, a, an, circa, around, approx, c
    case payKeyword  // salary, pay, compensation, wage, rate, range…
    case excluded  // stipend, budget, funding, revenue, tips…: other money
    case other
}

/// A currency pay text names, as a plain value (tokens hold no `String`, so a token array is freed in one
/// go): resolved to a `CurrencyCode` only when a statement is built.
enum SalaryCurrency: UInt8, Sendable, Equatable {
    /// A bare `$`: USD unless the posting's default currency is another dollar.
    case dollar
    case usd, cad, gbp, eur, inr, aud, nzd, sgd, hkd

    /// The ISO code; a bare `$` is USD.
    var code: CurrencyCode {
        switch self {
        case .dollar, .usd: .usd
        case .cad: .cad
        case .gbp: .gbp
        case .eur: .eur
        case .inr: .inr
        case .aud: CurrencyCode("AUD")
        case .nzd: CurrencyCode("NZD")
        case .sgd: CurrencyCode("SGD")
        case .hkd: CurrencyCode("HKD")
        }
    }
}

extension CurrencyCode {
    var isDollar: Bool { ["USD", "CAD", "AUD", "NZD", "SGD", "HKD"].contains(rawValue) }
}
