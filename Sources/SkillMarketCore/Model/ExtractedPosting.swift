/// The facts extracted from one posting (SPEC section 2), plus what identifies it.
///
/// The fields live in one immutable box, so the value is a single reference: the hand-offs of every
/// posting (extractor → pipeline → aggregator → writer) move one pointer, and a copy is one retain. As a
/// ~700-byte struct (fingerprint and `original` inline) it was moved with `memcpy` at each step, and the
/// compiler copied it field by field (a retain per field) and destroyed the source at returns.
///
/// Immutable, so that reading a field copies nothing: with a `var` in the box, the compiler retained every
/// array or string it read (the skills, the families, the company) for as long as a call that might change
/// the box ran, and on the report's delivering thread each of those retains, and the release after it, was
/// an atomic on a line the worker that made the posting writes again when it frees it. Setting a field
/// makes a new box, which only cold paths do (marking a duplicate, `ingest`, tests).
public struct ExtractedPosting: Sendable, Equatable {
    private var box: Box

    public var id: PostingID {
        get { box.fields.id }
        set { update { $0.id = newValue } }
    }
    public var title: String {
        get { box.fields.title }
        set { update { $0.title = newValue } }
    }
    public var company: String? {
        get { box.fields.company }
        set { update { $0.company = newValue } }
    }
    public var location: String? {
        get { box.fields.location }
        set { update { $0.location = newValue } }
    }
    public var role: RoleSlug? {
        get { box.fields.role }
        set { update { $0.role = newValue } }
    }
    public var seniority: Seniority {
        get { box.fields.seniority }
        set { update { $0.seniority = newValue } }
    }
    public var country: CountryCode? {
        get { box.fields.country }
        set { update { $0.country = newValue } }
    }
    /// Sorted, unique; empty when the posting gives no signal.
    public var workModes: [WorkMode] {
        get { box.fields.workModes }
        set { update { $0.workModes = newValue } }
    }
    public var salary: Salary? {
        get { box.fields.salary }
        set { update { $0.salary = newValue } }
    }
    /// Canonical skill names, sorted, unique.
    public var skills: [SkillName] {
        get { box.fields.skills }
        set { update { $0.skills = newValue } }
    }
    /// Family names, sorted, unique.
    public var families: [String] {
        get { box.fields.families }
        set { update { $0.families = newValue } }
    }
    public var posted: Day? {
        get { box.fields.posted }
        set { update { $0.posted = newValue } }
    }
    public var expires: Day? {
        get { box.fields.expires }
        set { update { $0.expires = newValue } }
    }
    public var duplicateOf: PostingID? {
        get { box.fields.duplicateOf }
        set { update { $0.duplicateOf = newValue } }
    }
    /// Implausible field values that were dropped (the posting itself is kept).
    public var warnings: [FieldWarning] {
        get { box.fields.warnings }
        set { update { $0.warnings = newValue } }
    }
    /// What duplicate detection compares; computed during (parallel) extraction.
    public var fingerprint: DuplicateFingerprint? {
        get { box.fields.fingerprint }
        set { update { $0.fingerprint = newValue } }
    }
    /// Where each skill was found, kept only when the extractor is asked to explain.
    public var evidence: [SkillEvidence] {
        get { box.fields.evidence }
        set { update { $0.evidence = newValue } }
    }
    /// The posting as it came in, kept only when the extractor is asked to (for `ingest`).
    public var original: RawPosting? {
        get { box.fields.original }
        set { update { $0.original = newValue } }
    }

    public init(
        id: PostingID, title: String, company: String?, location: String?, role: RoleSlug?,
        seniority: Seniority, country: CountryCode?, workModes: [WorkMode], salary: Salary?,
        skills: [SkillName], families: [String], posted: Day?, expires: Day?,
        duplicateOf: PostingID? = nil, warnings: [FieldWarning] = [], fingerprint: DuplicateFingerprint? = nil,
        evidence: [SkillEvidence] = [], original: RawPosting? = nil
    ) {
        box = Box(
            Fields(
                id: id, title: title, company: company, location: location, role: role, seniority: seniority,
                country: country, workModes: workModes, salary: salary, skills: skills, families: families,
                posted: posted, expires: expires, duplicateOf: duplicateOf, warnings: warnings,
                fingerprint: fingerprint, evidence: evidence, original: original))
    }

    public static func == (lhs: ExtractedPosting, rhs: ExtractedPosting) -> Bool {
        lhs.box === rhs.box || lhs.box.fields == rhs.box.fields
    }

    /// Changes a field: a new box with the changed fields (the box's fields never change in place).
    private mutating func update(_ change: (inout Fields) -> Void) {
        var fields = box.fields
        change(&fields)
        box = Box(fields)
    }

    /// The stored fields, as the properties above present them.
    private struct Fields: Equatable {
        var id: PostingID
        var title: String
        var company: String?
        var location: String?
        var role: RoleSlug?
        var seniority: Seniority
        var country: CountryCode?
        var workModes: [WorkMode]
        var salary: Salary?
        var skills: [SkillName]
        var families: [String]
        var posted: Day?
        var expires: Day?
        var duplicateOf: PostingID?
        var warnings: [FieldWarning]
        var fingerprint: DuplicateFingerprint?
        var evidence: [SkillEvidence]
        var original: RawPosting?
    }

    /// Shared by copies of a posting, across threads: it never changes (`update` makes a new one).
    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
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
