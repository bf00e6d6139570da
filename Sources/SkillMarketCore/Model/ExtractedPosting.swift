/// The facts extracted from one posting (SPEC section 2), plus what identifies it.
///
/// The fields live in one copy-on-write box, so the value is a single reference: the hand-offs of every
/// posting (extractor → pipeline → aggregator → writer) move one pointer, and a copy is one retain. As a
/// ~700-byte struct (fingerprint and `original` inline) it was moved with `memcpy` at each step, and the
/// compiler copied it field by field (a retain per field) and destroyed the source at returns.
public struct ExtractedPosting: Sendable, Equatable {
    private var box: Box

    public var id: PostingID {
        get { box.fields.id }
        set { writableBox().fields.id = newValue }
    }
    public var title: String {
        get { box.fields.title }
        set { writableBox().fields.title = newValue }
    }
    public var company: String? {
        get { box.fields.company }
        set { writableBox().fields.company = newValue }
    }
    public var location: String? {
        get { box.fields.location }
        set { writableBox().fields.location = newValue }
    }
    public var role: RoleSlug? {
        get { box.fields.role }
        set { writableBox().fields.role = newValue }
    }
    public var seniority: Seniority {
        get { box.fields.seniority }
        set { writableBox().fields.seniority = newValue }
    }
    public var country: CountryCode? {
        get { box.fields.country }
        set { writableBox().fields.country = newValue }
    }
    /// Sorted, unique; empty when the posting gives no signal.
    public var workModes: [WorkMode] {
        get { box.fields.workModes }
        set { writableBox().fields.workModes = newValue }
    }
    public var salary: Salary? {
        get { box.fields.salary }
        set { writableBox().fields.salary = newValue }
    }
    /// Canonical skill names, sorted, unique.
    public var skills: [SkillName] {
        get { box.fields.skills }
        set { writableBox().fields.skills = newValue }
    }
    /// Family names, sorted, unique.
    public var families: [String] {
        get { box.fields.families }
        set { writableBox().fields.families = newValue }
    }
    public var posted: Day? {
        get { box.fields.posted }
        set { writableBox().fields.posted = newValue }
    }
    public var expires: Day? {
        get { box.fields.expires }
        set { writableBox().fields.expires = newValue }
    }
    public var duplicateOf: PostingID? {
        get { box.fields.duplicateOf }
        set { writableBox().fields.duplicateOf = newValue }
    }
    /// Implausible field values that were dropped (the posting itself is kept).
    public var warnings: [FieldWarning] {
        get { box.fields.warnings }
        set { writableBox().fields.warnings = newValue }
    }
    /// What duplicate detection compares; computed during (parallel) extraction.
    public var fingerprint: DuplicateFingerprint? {
        get { box.fields.fingerprint }
        set { writableBox().fields.fingerprint = newValue }
    }
    /// Where each skill was found, kept only when the extractor is asked to explain.
    public var evidence: [SkillEvidence] {
        get { box.fields.evidence }
        set { writableBox().fields.evidence = newValue }
    }
    /// The posting as it came in, kept only when the extractor is asked to (for `ingest`).
    public var original: RawPosting? {
        get { box.fields.original }
        set { writableBox().fields.original = newValue }
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

    /// The box, first copied when another value shares it (copy-on-write).
    private mutating func writableBox() -> Box {
        if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
        return box
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

    /// Shared by copies of a posting until one of them is changed: only a uniquely referenced box is
    /// written (`writableBox`), which is what makes sharing it across threads safe.
    private final class Box: @unchecked Sendable {
        var fields: Fields
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
