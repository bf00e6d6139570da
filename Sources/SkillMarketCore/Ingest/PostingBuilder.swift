/// Collects (target, text) pairs from one record and assembles a `RawPosting`.
///
/// The first non-empty value of a field wins and later ones become extras, except
/// `employment_type`, whose distinct values are joined with ", " ("full_time, permanent").
/// Empty and whitespace-only values count as absent.
struct PostingBuilder {
    /// One slot per `PostingField`, by `index` (inline: no allocation per record).
    private var values = InlineArray<17, String?>(repeating: nil)
    private var midpoint: (name: String, value: String)?
    private var remote = false
    private var locationFallback: (name: String, value: String)?
    private(set) var extras: [RawPosting.Extra] = []

    subscript(field: PostingField) -> String? {
        values[field.index]
    }

    mutating func add(_ name: String, _ rawValue: String?, as target: FieldTarget) {
        guard let raw = rawValue, let value = IngestText.trimmed(raw) else { return }
        add(name, value, raw: raw, as: target)
    }

    /// `add` for a value the caller knows `IngestText.trimmed` would return unchanged.
    mutating func add(_ name: String, trimmed value: String, as target: FieldTarget) {
        add(name, value, raw: value, as: target)
    }

    private mutating func add(_ name: String, _ value: String, raw: String, as target: FieldTarget) {
        switch target {
        case .field(let field): set(field, value, name: name)
        case .salaryMidpoint:
            if midpoint == nil { midpoint = (name, value) } else { addExtra(name, value) }
        case .remoteFlag:
            if IngestText.isTruthy(value) { remote = true } else { addExtra(name, value) }
        case .locationFallback:
            if locationFallback == nil { locationFallback = (name, value) } else { addExtra(name, value) }
        case .extra: addExtra(name, raw)
        case .ignore: break
        }
    }

    mutating func set(_ field: PostingField, _ value: String, name: String) {
        let index = field.index
        guard let existing = values[index] else {
            values[index] = value
            return
        }
        if field == .employmentType {
            if FieldAliases.normalizedKey(existing) != FieldAliases.normalizedKey(value) {
                values[index] = existing + ", " + value
            }
        } else {
            addExtra(name, value)
        }
    }

    mutating func addExtra(_ name: String, _ value: String) {
        extras.append(RawPosting.Extra(name: name, value: value))
    }

    /// The posting, or `nil` when no title has a value. Every field is settled first and the
    /// posting made once (no copy of it is changed afterwards).
    func build() -> RawPosting? {
        guard let title = self[.title] else { return nil }
        var extras = extras
        var salaryMin = self[.salaryMin]
        var salaryMax = self[.salaryMax]
        if let midpoint {
            if salaryMin == nil, salaryMax == nil {
                salaryMin = midpoint.value
                salaryMax = midpoint.value
            } else {
                extras.append(RawPosting.Extra(name: midpoint.name, value: midpoint.value))
            }
        }
        let location = self[.location]
        if let locationFallback, location != nil {
            extras.append(RawPosting.Extra(name: locationFallback.name, value: locationFallback.value))
        }
        return RawPosting(
            id: self[.id], title: title, company: self[.company], location: location ?? locationFallback?.value,
            country: self[.country], description: self[.description], salary: self[.salary],
            salaryMin: salaryMin, salaryMax: salaryMax, salaryCurrency: self[.salaryCurrency],
            salaryPeriod: self[.salaryPeriod].map(IngestText.normalizedPeriod),
            workplace: self[.workplace] ?? (remote ? "remote" : nil), employmentType: self[.employmentType],
            posted: self[.posted].map(IngestDates.normalized), expires: self[.expires].map(IngestDates.normalized),
            url: self[.url], source: self[.source], extras: extras)
    }
}

extension PostingField {
    /// Position in `allCases`, without hashing.
    var index: Int {
        switch self {
        case .id: 0
        case .title: 1
        case .company: 2
        case .location: 3
        case .country: 4
        case .description: 5
        case .salary: 6
        case .salaryMin: 7
        case .salaryMax: 8
        case .salaryCurrency: 9
        case .salaryPeriod: 10
        case .workplace: 11
        case .employmentType: 12
        case .posted: 13
        case .expires: 14
        case .url: 15
        case .source: 16
        }
    }
}
