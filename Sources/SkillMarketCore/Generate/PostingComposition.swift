/// Everything drawn for one posting before its text is written.
///
/// A repost starts from its original's composition and changes only what a repost changes
/// (dates, tracking token, whitespace, boilerplate order); a sibling opening changes the city,
/// pay and dates. Text choices are drawn from the stream of `textIndex`, so copies read alike.
struct PostingComposition: Sendable {
    var index: Int
    var textIndex: Int
    var profile: Int
    var title: String
    var titleSkills: [Int]
    var seniority: Seniority
    /// Which "N+ years of experience" sentence the requirements carry, if any.
    var yearsLevel: Seniority?
    var company: Int
    var companyText: String
    var country: Int
    var location: CorpusCalibration.Location
    var structuredCountry: Bool
    /// The modes the job has; whether they reach the text is decided by the three fields below.
    var modes: [WorkMode]
    var workplace: String?
    var modesInText: Bool
    /// Skills the description mentions (indexes into the calibration's skills), ascending.
    var skills: [Int]
    var salary: SalaryDraw?
    var posted: Day
    var expires: Day
    var timestamped: Bool
    var html: Bool
    var tracking: UInt64
    /// Permutation (0..<6) of the benefits, equal-opportunity and apply blocks.
    var boilerplateOrder: Int
    /// 0 = tidy; 1, 2 = the whitespace noise of a repost.
    var spacing: Int
    var duplicateOf: Int?
}

/// A pay statement: its format and per-period amounts in whole currency units.
struct SalaryDraw: Sendable {
    var format: CorpusCalibration.SalaryFormat
    var min: Int64?
    var max: Int64?

    /// The truth value, or `nil` for formats without a figure ("Competitive").
    var truth: Salary? {
        guard format.kind != .none, min != nil || max != nil else { return nil }
        return Salary(currency: format.currency, period: format.period, min: min.map { Money(units: $0) },
            max: max.map { Money(units: $0) }, base: format.base)
    }
}
