import ArgumentParser
import SkillMarketCore

/// The options that choose which postings a report covers and how salaries are compared.
struct ReportFilters: ParsableArguments {
    @Option(help: "Only this role (a slug of the role catalogue); all roles when omitted.")
    var role: String?

    @Option(help: "Only postings active on this date (YYYY-MM-DD).")
    var asOf: String?

    @Option(help: "Only postings in this country (ISO alpha-2).")
    var country: String?

    @Option(help: "Salary statistics use base salaries of postings in this country.")
    var salaryCountry = "US"

    @Option(help: "A skill gets salary figures only with at least this many data points.")
    var minN = 25

    @Option(help: "Reposts further apart than this many days count as new openings.")
    var duplicateWindow = 90

    func validate() throws {
        if let asOf, Day(iso8601: asOf) == nil { throw ValidationError("--as-of expects YYYY-MM-DD, got '\(asOf)'") }
        if let country, CountryCode(country) == nil { throw ValidationError("--country expects a two-letter code, got '\(country)'") }
        if CountryCode(salaryCountry) == nil { throw ValidationError("--salary-country expects a two-letter code") }
        if minN < 1 { throw ValidationError("--min-n must be at least 1") }
    }

    /// The report options; `defaults` (the demo corpus) fills role and as-of when not given.
    func reportOptions(defaults: DemoCorpus?) throws -> ReportOptions {
        ReportOptions(
            role: (role ?? defaults?.role).map(RoleSlug.init),
            asOf: asOf.flatMap(Day.init(iso8601:)) ?? defaults?.asOf,
            country: country.flatMap(CountryCode.init),
            salaryCountry: CountryCode(salaryCountry) ?? .unitedStates,
            minN: minN)
    }
}
