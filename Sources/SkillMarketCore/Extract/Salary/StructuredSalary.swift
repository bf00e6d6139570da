import Foundation

/// Reads the structured pay fields (`salary_min`, `salary_max`, `salary_currency`, `salary_period`).
///
/// Figures are plain numbers as exported by job boards ("150000.0", "18", "$150,000", "150k").
/// Periods accept "year", "YEARLY", "annual", "HOURLY", "per hour", "hour", "MONTHLY", …; an
/// unknown or missing period is inferred from the magnitude like free text. A lone min or max
/// keeps only that end. Currency codes are taken as given (upper-cased); symbols are mapped.
enum StructuredSalary {
    /// `nil` when the posting has no structured figure at all.
    static func read(_ posting: RawPosting, defaultCurrency: CurrencyCode) -> SalaryReading? {
        let low = posting.salaryMin.flatMap(figure)
        let high = posting.salaryMax.flatMap(figure)
        guard low != nil || high != nil else {
            return hasText(posting.salaryMin) || hasText(posting.salaryMax) ? .noFigure : nil
        }
        let currency = posting.salaryCurrency.flatMap(currencyCode) ?? defaultCurrency
        let period =
            posting.salaryPeriod.flatMap(payPeriod)
            ?? SalaryBounds.inferredPeriod(for: max(low ?? 0, high ?? 0), currency: currency)
        var minimum = low.map(SalaryBounds.money), maximum = high.map(SalaryBounds.money)
        if let a = minimum, let b = maximum, a > b { (minimum, maximum) = (b, a) }
        let salary = Salary(currency: currency, period: period, min: minimum, max: maximum)
        if let problem = SalaryBounds.problem(with: salary) { return .implausible(reason: problem) }
        return .salary(salary)
    }

    /// Whether a field holds more than whitespace (tested per field: an array of both cost an allocation
    /// per posting).
    private static func hasText(_ text: String?) -> Bool {
        !(text ?? "").allSatisfy(\.isWhitespace)
    }

    /// The first non-negative figure in `text`, in currency units.
    static func figure(_ text: String) -> Double? {
        guard let amount = SalaryLexer.tokens(in: text).lazy.compactMap(\.amount).first, amount.isPay else { return nil }
        return amount.scaled
    }

    static func payPeriod(_ text: String) -> PayPeriod? {
        for token in SalaryLexer.tokens(in: text) {
            if case .period(let period) = token.kind { return period }
        }
        return nil
    }

    static func currencyCode(_ text: String) -> CurrencyCode? {
        if let code = ASCIICode.upperCased(text, length: 3) { return CurrencyCode(code) }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for token in SalaryLexer.tokens(in: trimmed) {
            if case .currency(let currency) = token.kind { return currency.code }
        }
        return nil
    }
}
