/// How a posting lets people work. A posting can carry several.
public enum WorkMode: String, Codable, Sendable, CaseIterable, Comparable {
    case onsite, hybrid, remote

    public static func < (lhs: WorkMode, rhs: WorkMode) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Seniority level; `staff` covers Staff, Principal, Lead and Distinguished.
public enum Seniority: String, Codable, Sendable, CaseIterable {
    case entry, mid, senior, staff
}

/// The period a pay figure is quoted for.
public enum PayPeriod: String, Codable, Sendable, CaseIterable {
    case hour, day, week, month, year

    /// How many of this period make a working year (hour ×2,080, day ×260, week ×52, month ×12).
    public var perYear: Int64 {
        switch self {
        case .hour: 2_080
        case .day: 260
        case .week: 52
        case .month: 12
        case .year: 1
        }
    }
}
