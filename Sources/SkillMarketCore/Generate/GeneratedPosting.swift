/// One synthetic posting as the input would carry it, plus what a perfect extractor should find.
public struct GeneratedPosting: Sendable, Equatable {
    public var raw: RawPosting
    public var truth: PostingTruth

    public init(raw: RawPosting, truth: PostingTruth) {
        self.raw = raw
        self.truth = truth
    }
}

/// The ground truth of a generated posting, in the vocabulary of SPEC section 2.
public struct PostingTruth: Sendable, Equatable {
    public var id: PostingID
    /// `nil` for look-alike titles ("Learning & Development Specialist", "Machine Operator").
    public var role: RoleSlug?
    public var seniority: Seniority
    /// `nil` when the location names no country ("Remote - Worldwide").
    public var country: CountryCode?
    /// Sorted; empty when neither a `workplace` field, the location nor the description says.
    public var workModes: [WorkMode]
    /// Canonical skills mentioned in the title or description, sorted, unique.
    public var skills: [SkillName]
    /// `nil` when no figure is stated ("Competitive") or nothing is said about pay.
    public var salary: Salary?
    /// The id of the first copy when this posting is a repost.
    public var duplicateOf: PostingID?
    /// The company's canonical name (the raw `company` may be a variant such as "ACME ANALYTICS").
    public var company: String

    public init(
        id: PostingID, role: RoleSlug?, seniority: Seniority, country: CountryCode?, workModes: [WorkMode],
        skills: [SkillName], salary: Salary?, duplicateOf: PostingID?, company: String
    ) {
        self.id = id
        self.role = role
        self.seniority = seniority
        self.country = country
        self.workModes = workModes
        self.skills = skills
        self.salary = salary
        self.duplicateOf = duplicateOf
        self.company = company
    }
}
