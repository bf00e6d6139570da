/// What a report covers and how salaries are compared (SPEC section 3).
public struct ReportOptions: Sendable, Equatable {
    /// Only postings of this role; all roles when `nil`.
    public var role: RoleSlug?
    /// Only postings active on this day (posted on or before it, not expired); all when `nil`.
    public var asOf: Day?
    /// Only postings in this country; all when `nil`.
    public var country: CountryCode?
    /// Salary statistics use base annual salaries of postings in this country…
    public var salaryCountry: CountryCode
    /// …quoted in this currency.
    public var salaryCurrency: CurrencyCode
    /// A skill gets salary statistics only with at least this many data points.
    public var minN: Int
    /// How many of the most frequent skills `pairs` covers.
    public var pairSkills: Int
    /// How many companies `companies` lists.
    public var topCompanies: Int

    public init(
        role: RoleSlug? = nil, asOf: Day? = nil, country: CountryCode? = nil,
        salaryCountry: CountryCode = .unitedStates, salaryCurrency: CurrencyCode? = nil,
        minN: Int = 25, pairSkills: Int = 25, topCompanies: Int = 25
    ) {
        self.role = role
        self.asOf = asOf
        self.country = country
        self.salaryCountry = salaryCountry
        self.salaryCurrency = salaryCurrency ?? Self.currency(of: salaryCountry)
        self.minN = minN
        self.pairSkills = pairSkills
        self.topCompanies = topCompanies
    }

    /// Whether a distinct posting falls inside the report's role.
    public func isInRole(_ posting: ExtractedPosting) -> Bool {
        role == nil || posting.role == role
    }

    /// Whether an in-role posting is analysed: active on `asOf` and in `country`.
    public func isAnalyzed(_ posting: ExtractedPosting) -> Bool {
        if let country, posting.country != country { return false }
        guard let asOf else { return true }
        if let posted = posting.posted, posted > asOf { return false }
        if let expires = posting.expires, expires < asOf { return false }
        return true
    }

    /// Whether a posting's salary enters the salary statistics, and its annual midpoint if so.
    public func salaryPoint(of posting: ExtractedPosting) -> Int64? {
        guard posting.country == salaryCountry, let salary = posting.salary, salary.base,
            salary.currency == salaryCurrency, let midpoint = salary.annualMidpoint
        else { return nil }
        return (midpoint.cents + 50) / 100
    }

    /// The currency salaries are usually quoted in for a country (USD when unknown).
    public static func currency(of country: CountryCode) -> CurrencyCode {
        switch country.rawValue {
        case "US": .usd
        case "CA": .cad
        case "GB": .gbp
        case "IN": .inr
        case "AU": CurrencyCode("AUD")
        case "CH": CurrencyCode("CHF")
        case "SE": CurrencyCode("SEK")
        case "PL": CurrencyCode("PLN")
        case "AT", "BE", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU", "LV", "NL", "PT", "SI", "SK":
            .eur
        default: .usd
        }
    }
}
