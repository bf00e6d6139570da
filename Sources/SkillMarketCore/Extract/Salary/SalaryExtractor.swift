/// Finds a posting's pay: structured fields first, then the salary text, then pay
/// statements in the description.
///
/// Structured figures decide on their own: implausible ones give `nil` plus a warning. Salary text
/// that is implausible gives `nil` plus a warning; text with no figure ("Competitive") falls
/// through to the description. Description hits are never warned about (other money is common
/// there). Figures without a currency take the structured currency, else the posting country's
/// (GB → GBP, IN → INR, CA → CAD, AU → AUD, euro area → EUR), else USD.
public struct SalaryExtractor: Sendable {
    public init() {}

    /// The posting's salary, or `nil`; implausible values are dropped with a warning.
    public func salary(for posting: RawPosting, description: String, warnings: inout [FieldWarning]) -> Salary? {
        let currency = Self.defaultCurrency(for: posting)
        switch StructuredSalary.read(posting, defaultCurrency: currency) {
        case .salary(let salary)?: return salary
        case .implausible(let reason)?:
            let value = [posting.salaryMin, posting.salaryMax].compactMap { $0 }.joined(separator: "..")
            warnings.append(FieldWarning(field: "salary", value: value, reason: reason))
            return nil
        case .noFigure?, nil: break
        }
        if let text = posting.salary, !text.isEmpty {
            switch SalaryParser(defaultCurrency: currency).read(text) {
            case .salary(let salary): return salary
            case .implausible(let reason):
                warnings.append(FieldWarning(field: "salary", value: text, reason: reason))
                return nil
            case .noFigure: break
            }
        }
        return PayStatementFinder(defaultCurrency: currency).salary(in: description)
    }

    static func defaultCurrency(for posting: RawPosting) -> CurrencyCode {
        if let code = posting.salaryCurrency.flatMap(StructuredSalary.currencyCode) { return code }
        guard let country = posting.country.flatMap({ CountryCode($0)?.rawValue })
        else { return .usd }
        switch country {
        case "GB", "UK": return .gbp
        case "IN": return .inr
        case "CA": return .cad
        case "AU": return CurrencyCode("AUD")
        case "DE", "FR", "ES", "IT", "NL", "IE", "BE", "AT", "PT", "FI", "GR", "LU", "SK", "SI", "EE", "LV", "LT",
            "HR", "MT", "CY":
            return .eur
        default: return .usd
        }
    }
}
