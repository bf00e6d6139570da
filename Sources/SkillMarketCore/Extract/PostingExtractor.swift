import Foundation

/// Runs every extractor over a posting and assembles its facts (SPEC section 2).
///
/// Pure and `Sendable`: one instance can serve many threads at once. `company` comes out
/// normalised ("ACCENTURE LLP" → "Accenture"), the name every report counts by.
public struct PostingExtractor: Sendable {
    public let taxonomy: Taxonomy
    private let skillMatcher: SkillMatcher
    private let familyTable: SkillFamilyTable
    private let roleClassifier: RoleClassifier
    private let companies: CompanyNormalizer
    private let seniorityClassifier = SeniorityClassifier()
    private let countryResolver = CountryResolver()
    private let workModeDetector = WorkModeDetector()
    private let salaryExtractor = SalaryExtractor()
    /// When set, postings keep the matches of this skill as `evidence` (for `--explain`).
    public var explaining: SkillName?
    /// When true, postings keep their input (`original`), for stores that show the description.
    public var keepsOriginal = false

    public init(taxonomy: Taxonomy, roles: RoleCatalogue, companies: CompanyNormalizer) {
        self.taxonomy = taxonomy
        self.skillMatcher = SkillMatcher(taxonomy: taxonomy)
        self.familyTable = SkillFamilyTable(matcher: skillMatcher)
        self.roleClassifier = RoleClassifier(catalogue: roles)
        self.companies = companies
    }

    public func extract(_ posting: RawPosting) -> ExtractedPosting {
        var memo = ExtractionMemo.forOnePosting
        return extract(posting, memo: &memo)
    }

    /// `extract(_:)` reusing (and adding to) `memo`'s results of earlier postings: a worker extracting
    /// many postings keeps one memo for all of them.
    public func extract(_ posting: RawPosting, memo: inout ExtractionMemo) -> ExtractedPosting {
        let description = posting.description.map(HTMLText.plainText(from:)) ?? ""
        var warnings: [FieldWarning] = []
        let country = countryResolver.country(for: posting) { location in
            memo.location(location) { countryResolver.reading(ofLocation: $0) }
        }
        // A bare "$" in Toronto is Canadian: the salary reader sees the resolved country.
        let salary = salaryExtractor.salary(
            for: posting, country: posting.country ?? country?.rawValue, description: description, warnings: &warnings)
        let (skills, families) = skillMatcher.skillsAndFamilies(
            title: posting.title, description: description, familyTable: familyTable, memo: &memo)
        var evidence: [SkillEvidence] = []
        if let explaining {
            // The mentions behind one skill, for `--explain`: the same scan, kept as matches.
            let text = posting.title + "\n" + description
            evidence = skillMatcher.matches(in: text).filter { $0.skill == explaining }
                .map { SkillEvidence(match: $0, in: text) }
        }
        // A closure, not the method value `companies.normalizedCompany`: that copies the normaliser's tables.
        let company = posting.company.flatMap { raw in memo.company(raw) { companies.normalizedCompany($0) } }
        let location = posting.location.flatMap(Self.nonEmpty)
        let posted = date(posting.posted, field: "posted", warnings: &warnings)
        var descriptionReading = DescriptionReading(readsWorkModes: posting.workplace == nil)  // seniority + work modes
        let title = memo.title(posting.title) { title in
            ExtractionMemo.TitleReading(
                role: roleClassifier.verdict(onTitle: title), level: SeniorityClassifier.titleLevel(title))
        }
        return ExtractedPosting(
            id: posting.id.flatMap(Self.nonEmpty).map(PostingID.init) ?? ContentID.derive(for: posting),
            title: posting.title,
            company: company?.name,
            location: location,
            role: roleClassifier.role(title: posting.title, description: description, titleVerdict: title.role),
            seniority: seniorityClassifier.seniority(
                titleLevel: title.level, description: description, descriptionReading: &descriptionReading),
            country: country,
            workModes: workModeDetector.workModes(
                for: posting, description: description, descriptionReading: &descriptionReading),
            salary: salary,
            skills: skills,
            families: families,
            posted: posted,
            expires: date(posting.expires, field: "expires", warnings: &warnings),
            warnings: warnings,
            fingerprint: DuplicateFingerprint(
                title: posting.title, companyKeyHash: company?.baseKeyHash, location: location, plainDescription: description,
                posted: posted),
            evidence: evidence,
            original: keepsOriginal ? posting : nil
        )
    }

    private func date(_ text: String?, field: String, warnings: inout [FieldWarning]) -> Day? {
        guard let text = text.flatMap(Self.nonEmpty) else { return nil }
        if let day = Day(iso8601: text) { return day }
        warnings.append(FieldWarning(field: field, value: text, reason: "is not an ISO 8601 date"))
        return nil
    }

    private static func nonEmpty(_ text: String) -> String? {
        // Ingest trims ASCII whitespace already; Foundation is needed only when an end could be other whitespace.
        let ends = text.utf8.withContiguousStorageIfAvailable { ($0.first, $0.last) } ?? (text.utf8.first, text.utf8.last)
        if let first = ends.0, let last = ends.1, (0x21..<0x80).contains(first), (0x21..<0x80).contains(last) {
            return text
        }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
