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

    mutating func add(_ name: String, _ rawValue: String?, as target: FieldTarget) {
        guard let raw = rawValue, let value = IngestText.trimmed(raw) else { return }
        if case .extra = target {
            addExtra(name, raw)  // extras keep their text as it came
        } else {
            add(name, trimmed: value, as: target)
        }
    }

    /// `add` for a value the caller knows `IngestText.trimmed` would return unchanged. The value is
    /// taken over (`consuming`): stored without a retain, and the caller has no release to make.
    mutating func add(_ name: String, trimmed value: consuming String, as target: FieldTarget) {
        switch target {
        case .field(let field): set(field, value, name: name)
        case .salaryMidpoint:
            if midpoint == nil { midpoint = (name, value) } else { addExtra(name, value) }
        case .remoteFlag:
            if IngestText.isTruthy(value) { remote = true } else { addExtra(name, value) }
        case .locationFallback:
            if locationFallback == nil { locationFallback = (name, value) } else { addExtra(name, value) }
        case .extra: addExtra(name, value)
        case .ignore: break
        }
    }

    /// `add(_:trimmed:as:)` with the name made by `name` only when the value is kept under it (an
    /// extra, a later value of a field): a field's first value, nearly every value, makes none.
    @inline(__always)
    mutating func add(trimmed value: consuming String, as target: FieldTarget, name: () -> String) {
        if case .field(let field) = target, values[field.index] == nil {
            values[field.index] = value
        } else {
            add(name(), trimmed: value, as: target)
        }
    }

    mutating func set(_ field: PostingField, _ value: consuming String, name: String) {
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

    mutating func addExtra(_ name: String, _ value: consuming String) {
        extras.append(RawPosting.Extra(name: name, value: value))
    }

    /// The posting, or `nil` when no title has a value. Every field is settled first and the
    /// posting made once; the values move out of the builder (which is left empty), so no string is
    /// retained for the posting and released with the builder.
    mutating func build() -> RawPosting? {
        guard let title = take(.title) else { return nil }
        return posting(title: title)
    }

    /// The posting with `title`, the other fields moved out of the builder. A function of its own:
    /// inside `build` the optional result cost 180 instructions a posting more (measured). Made with
    /// the memberwise initialiser (`sourceField:`), the only one that builds the value in place.
    private mutating func posting(title: String) -> RawPosting {
        var extras: [RawPosting.Extra] = []
        swap(&extras, &self.extras)
        var salaryMin = take(.salaryMin)
        var salaryMax = take(.salaryMax)
        if let midpoint {
            if salaryMin == nil, salaryMax == nil {
                salaryMin = midpoint.value
                salaryMax = midpoint.value
            } else {
                extras.append(RawPosting.Extra(name: midpoint.name, value: midpoint.value))
            }
        }
        let location = take(.location)
        if let locationFallback, location != nil {
            extras.append(RawPosting.Extra(name: locationFallback.name, value: locationFallback.value))
        }
        return RawPosting(
            id: take(.id), title: title, company: take(.company), location: location ?? locationFallback?.value,
            country: take(.country), description: take(.description), salary: take(.salary),
            salaryMin: salaryMin, salaryMax: salaryMax, salaryCurrency: take(.salaryCurrency),
            salaryPeriod: take(.salaryPeriod, IngestText.normalizedPeriod),
            workplace: take(.workplace) ?? (remote ? "remote" : nil), employmentType: take(.employmentType),
            posted: take(.posted, IngestDates.normalized), expires: take(.expires, IngestDates.normalized),
            url: take(.url), sourceField: take(.source), extras: extras)
    }

    /// The value of `field`, moved out (the slot is left empty).
    private mutating func take(_ field: PostingField) -> String? {
        values[field.index].take()
    }

    /// The value of `field`, moved out and handed over to `normalize` (`Optional.map` would only
    /// lend it: a retain and a release per value).
    private mutating func take(_ field: PostingField, _ normalize: (consuming String) -> String) -> String? {
        guard let value = take(field) else { return nil }
        return normalize(value)
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
