/// The filters of the job board and the API (SPEC section 4), one value for both.
///
/// Query parameters: `q` (full text over title, company and description), `role`, `skill`
/// (repeatable; all must match), `seniority`, `country`, `work_mode`, `min_salary` (USD annual:
/// postings whose US-dollar annual range reaches it), `company` (normalised name),
/// `posted_since`, `limit`, `cursor`. Duplicates (`duplicate_of` set) are never listed.
public struct PostingQuery: Sendable, Equatable {
    public var text: String?
    public var role: RoleSlug?
    public var skills: [SkillName]
    public var seniority: Seniority?
    public var country: CountryCode?
    public var workMode: WorkMode?
    /// Whole US dollars a year.
    public var minSalary: Int64?
    public var company: String?
    public var postedSince: Day?
    /// Page size, 1...`maxLimit`.
    public var limit: Int
    /// Opaque position after the last posting of the previous page.
    public var cursor: String?

    public static let defaultLimit = 20
    public static let maxLimit = 100

    public init(
        text: String? = nil, role: RoleSlug? = nil, skills: [SkillName] = [], seniority: Seniority? = nil,
        country: CountryCode? = nil, workMode: WorkMode? = nil, minSalary: Int64? = nil, company: String? = nil,
        postedSince: Day? = nil, limit: Int = PostingQuery.defaultLimit, cursor: String? = nil
    ) {
        self.text = text
        self.role = role
        self.skills = skills
        self.seniority = seniority
        self.country = country
        self.workMode = workMode
        self.minSalary = minSalary
        self.company = company
        self.postedSince = postedSince
        self.limit = limit
        self.cursor = cursor
    }
}
