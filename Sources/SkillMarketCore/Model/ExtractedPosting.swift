/// The facts extracted from one posting (SPEC section 2), plus what identifies it.
public struct ExtractedPosting: Sendable, Equatable {
    public var id: PostingID
    public var title: String
    public var company: String?
    public var location: String?
    public var role: RoleSlug?
    public var seniority: Seniority
    public var country: CountryCode?
    /// Sorted, unique; empty when the posting gives no signal.
    public var workModes: [WorkMode]
    public var salary: Salary?
    /// Canonical skill names, sorted, unique.
    public var skills: [SkillName]
    /// Family names, sorted, unique.
    public var families: [String]
    public var posted: Day?
    public var expires: Day?
    public var duplicateOf: PostingID?
    /// Implausible field values that were dropped (the posting itself is kept).
    public var warnings: [FieldWarning]
    /// What duplicate detection compares; computed during (parallel) extraction.
    public var fingerprint: DuplicateFingerprint?
    /// Where each skill was found, kept only when the extractor is asked to explain.
    public var evidence: [SkillEvidence]
    /// The posting as it came in, kept only when the extractor is asked to (for `ingest`).
    public var original: RawPosting?

    public init(
        id: PostingID, title: String, company: String?, location: String?, role: RoleSlug?,
        seniority: Seniority, country: CountryCode?, workModes: [WorkMode], salary: Salary?,
        skills: [SkillName], families: [String], posted: Day?, expires: Day?,
        duplicateOf: PostingID? = nil, warnings: [FieldWarning] = [], fingerprint: DuplicateFingerprint? = nil,
        evidence: [SkillEvidence] = [], original: RawPosting? = nil
    ) {
        self.id = id
        self.title = title
        self.company = company
        self.location = location
        self.role = role
        self.seniority = seniority
        self.country = country
        self.workModes = workModes
        self.salary = salary
        self.skills = skills
        self.families = families
        self.posted = posted
        self.expires = expires
        self.duplicateOf = duplicateOf
        self.warnings = warnings
        self.fingerprint = fingerprint
        self.evidence = evidence
        self.original = original
    }
}

/// A field value that was present but implausible, so the field became `null`.
public struct FieldWarning: Sendable, Equatable, CustomStringConvertible {
    public var field: String
    public var value: String
    public var reason: String

    public init(field: String, value: String, reason: String) {
        self.field = field
        self.value = value
        self.reason = reason
    }

    public var description: String { "\(field) \"\(value)\" \(reason)" }
}
