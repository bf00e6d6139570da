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
        salary(for: posting, country: posting.country, description: description, warnings: &warnings)
    }

    /// The same with `country` read in place of `posting.country` (the extractor passes the input's
    /// country, else the resolved one, without copying the posting to set it).
    func salary(for posting: RawPosting, country: String?, description: String, warnings: inout [FieldWarning])
        -> Salary?
    {
        let currency = Self.defaultCurrency(salaryCurrency: posting.salaryCurrency, country: country)
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

    /// The currency of figures that name none: the structured currency, else the country's.
    static func defaultCurrency(salaryCurrency: String?, country: String?) -> CurrencyCode {
        if let code = salaryCurrency.flatMap(StructuredSalary.currencyCode) { return code }
        guard let country = country.flatMap(CountryCode.init) else { return .usd }
        // On the code's two bytes: a `switch` over `String` literals compares them one by one.
        var text = country.rawValue
        let key = text.withUTF8 { $0.count == 2 ? UInt16($0[0]) << 8 | UInt16($0[1]) : 0 }
        switch key {
        case Self.key("GB"), Self.key("UK"): return .gbp
        case Self.key("IN"): return .inr
        case Self.key("CA"): return .cad
        case Self.key("AU"): return CurrencyCode("AUD")
        case Self.key("DE"), Self.key("FR"), Self.key("ES"), Self.key("IT"), Self.key("NL"), Self.key("IE"),
            Self.key("BE"), Self.key("AT"), Self.key("PT"), Self.key("FI"), Self.key("GR"), Self.key("LU"),
            Self.key("SK"), Self.key("SI"), Self.key("EE"), Self.key("LV"), Self.key("LT"), Self.key("HR"),
            Self.key("MT"), Self.key("CY"):
            return .eur
        default: return .usd
        }
    }

    /// A two-letter code's bytes as one number.
    private static func key(_ code: StaticString) -> UInt16 {
        code.withUTF8Buffer { UInt16($0[0]) << 8 | UInt16($0[1]) }
    }
}
