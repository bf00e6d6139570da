import SkillMarketCore

/// Short human text for posting facts, shared by the board list and the posting page.
enum PostingText {
    /// "$150,000–$200,000 a year", "up to £40 an hour", "from $180,000 a year (incl. bonus)".
    static func salary(_ salary: Salary) -> String {
        func amount(_ money: Money) -> String { NumberFormat.money((money.cents + 50) / 100, salary.currency) }
        let range: String
        switch (salary.min, salary.max) {
        case let (low?, high?) where low == high: range = amount(low)
        case let (low?, high?): range = amount(low) + "–" + amount(high)
        case let (low?, nil): range = "from " + amount(low)
        case let (nil, high?): range = "up to " + amount(high)
        case (nil, nil): return "not stated"
        }
        let period =
            switch salary.period {
            case .hour: " an hour"
            case .day: " a day"
            case .week: " a week"
            case .month: " a month"
            case .year: " a year"
            }
        return range + period + (salary.base ? "" : " (incl. bonus)")
    }

    static func workModes(_ modes: [WorkMode]) -> String {
        modes.isEmpty ? "not stated" : modes.map(\.rawValue).joined(separator: ", ")
    }

    /// The role's display name from the catalogue, or its slug.
    static func roleName(_ role: RoleSlug, in roles: RoleCatalogue) -> String {
        roles.roles.first { $0.slug == role }?.name ?? role.rawValue
    }
}
