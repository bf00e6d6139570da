/// What an input column or JSON key feeds in a `RawPosting`.
public enum FieldTarget: Sendable, Equatable {
    case field(PostingField)
    /// A single pay figure: sets both `salaryMin` and `salaryMax` when neither is given.
    case salaryMidpoint
    /// A yes/no flag ("1.0", "true", "yes"): true sets `workplace` to "remote" when no
    /// workplace field is given; false keeps the value as an extra.
    case remoteFlag
    /// Used as `location` only when no location field has a value; otherwise an extra.
    case locationFallback
    /// Kept in `extras` under its own name.
    case extra
    /// Dropped.
    case ignore
}

/// The posting fields of SPEC section 1; raw values are the JSONL keys.
public enum PostingField: String, Sendable, CaseIterable {
    case id, title, company, location, country, description, salary
    case salaryMin = "salary_min"
    case salaryMax = "salary_max"
    case salaryCurrency = "salary_currency"
    case salaryPeriod = "salary_period"
    case workplace
    case employmentType = "employment_type"
    case posted, expires, url, source
}

/// The one alias table shared by JSON keys and CSV headers.
///
/// Keys are normalised before lookup (ASCII lower case, everything but letters and digits
/// dropped), so "Job Title", "job_title" and "JobTitle" are the same key. Names not listed
/// become extras. Choices worth knowing:
/// * `SalaryNormalized`, `normalized_salary`, `seniority`, `industry`, `time_posted` (relative
///   text like "5 hours ago") stay extras: they are derived or not structured fields here.
/// * `LocationNormalized` is only a fallback for an empty `LocationRaw`.
/// * `med_salary` fills min and max only when both are empty.
public enum FieldAliases {
    public static let table: [(alias: String, target: FieldTarget)] = {
        var rows: [(String, FieldTarget)] = PostingField.allCases.map { ($0.rawValue, .field($0)) }
        func add(_ field: PostingField, _ names: String...) {
            rows += names.map { ($0, .field(field)) }
        }
        add(.id, "job_id", "jobid", "job_key", "jobkey", "posting_id", "identifier", "external_id", "uuid", "_id")
        add(.title, "job_title", "jobtitle", "position", "position_title", "role", "job_name")
        add(
            .company, "company_name", "employer", "employer_name", "organization", "hiring_organization",
            "hiringOrganization", "companyname", "company_txt")
        add(
            .location, "location_raw", "job_location", "jobLocation", "city", "work_location", "location_name",
            "formatted_location", "job_city")
        add(.country, "country_code", "job_country", "countrycode")
        add(
            .description, "job_description", "full_description", "fulldescription", "description_html",
            "body", "text", "content", "details", "jobdescription", "summary")
        add(
            .salary, "salary_raw", "salary_estimate", "salary_text", "pay", "compensation", "pay_range",
            "salary_range", "baseSalary", "estimated_salary", "wage")
        add(
            .salaryMin, "min_salary", "minimum_salary", "salary_from", "pay_min", "min_pay", "salaryMin",
            "min_amount", "compensation_min")
        add(
            .salaryMax, "max_salary", "maximum_salary", "salary_to", "pay_max", "max_pay", "salaryMax",
            "max_amount", "compensation_max")
        add(.salaryCurrency, "currency", "salary_currency_code", "pay_currency", "currency_code")
        add(
            .salaryPeriod, "pay_period", "salary_interval", "interval", "salary_unit", "pay_frequency",
            "salary_type", "period")
        add(
            .workplace, "work_mode", "workplace_type", "remote_type", "work_arrangement", "jobLocationType",
            "location_type", "work_setting")
        add(
            .employmentType, "contract_type", "contract_time", "job_type", "formatted_work_type", "work_type",
            "employment", "schedule_type", "employmentType")
        add(
            .posted, "date_posted", "datePosted", "posted_at", "post_date", "posted_date", "publication_date",
            "published", "published_at", "listed_time", "original_listed_time", "created", "created_at", "date")
        add(
            .expires, "expiry", "expiry_date", "validThrough", "valid_through", "expiration_date", "expires_at",
            "closing_date", "deadline")
        add(.url, "job_url", "job_posting_url", "posting_url", "link", "apply_url", "application_url", "href")
        add(.source, "source_name", "sourcename", "site", "board", "via", "posting_domain")
        rows += ["med_salary", "median_salary", "salary_median", "salary_value"].map { ($0, .salaryMidpoint) }
        rows += ["remote", "remote_allowed", "is_remote", "remote_ok", "telecommute"].map { ($0, .remoteFlag) }
        rows += ["location_normalized", "locationnormalized"].map { ($0, .locationFallback) }
        return rows
    }()

    /// `table` keyed by exact spelling bytes. The values hold no `String` (a name handed out from
    /// here was a retain and a release of a string all threads share, per key): a caller that keeps
    /// a value under its key's name makes the name from the key's bytes, which spell the alias.
    static let bySpelling = ByteKeyTable(spellings)

    /// `bySpelling` for the spellings of at most 16 bytes (nearly all), probed in a few instructions.
    static let byShortSpelling = ShortKeyTable(spellings)

    private static var spellings: [(key: [UInt8], value: FieldTarget)] {
        table.map { (Array($0.alias.utf8), $0.target) }
    }

    /// `table` keyed by normalised alias.
    static let byKey: [String: FieldTarget] = {
        var map: [String: FieldTarget] = [:]
        for row in table where map[normalizedKey(row.alias)] == nil { map[normalizedKey(row.alias)] = row.target }
        return map
    }()

    /// ASCII lower case with everything but letters and digits dropped: "Job_Title " → "jobtitle".
    public static func normalizedKey(_ name: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(name.utf8.count)
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte | 0x20)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                bytes.append(byte)
            default: continue
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Resolves names through `FieldAliases` with the user's `--map` overrides on top.
public struct FieldResolver: Sendable, Equatable {
    private var overrides: [String: FieldTarget] = [:]
    /// `FieldAliases`' spelling tables, held here: a `static let` read per key went through
    /// `swift_once` (about 20 instructions a key).
    private let shortSpellings = FieldAliases.byShortSpelling
    private let spellings = FieldAliases.bySpelling

    public init(fieldMap: [String: String] = [:]) {
        for (column, field) in fieldMap {
            let key = FieldAliases.normalizedKey(field)
            let target: FieldTarget =
                switch key {
                case "extra", "extras", "keep": .extra
                case "ignore", "skip", "drop", "none": .ignore
                default: FieldAliases.byKey[key] ?? .extra
                }
            overrides[FieldAliases.normalizedKey(column)] = target
        }
    }

    /// The target for a column or key; unknown names are `.extra`.
    public func target(for name: String) -> FieldTarget {
        var name = name
        if overrides.isEmpty, let hit = name.withUTF8(spellings.value(for:)) { return hit }
        return normalizedTarget(for: name)
    }

    /// `resolve(_:readable:)` of a key whose bytes are the first lanes of `block` (loaded by the
    /// caller, with at least sixteen bytes readable from the key's start): the common spellings are
    /// probed without reading the key again.
    func resolve(_ key: UnsafeBufferPointer<UInt8>, in block: ByteBlocks.Block) -> FieldTarget {
        if overrides.isEmpty, let hit = shortSpellings.value(forKeyIn: block, count: key.count) {
            return hit
        }
        return resolve(key, readable: ByteBlocks.width)
    }

    /// The target of a key read as bytes (without escapes), `target(for:)` without a `String` for
    /// the common spellings. `readable` is how many bytes from the key's start may be read (at
    /// least its length).
    func resolve(_ key: UnsafeBufferPointer<UInt8>, readable: Int) -> FieldTarget {
        if overrides.isEmpty {
            let hit =
                key.count <= ShortKeyTable<Void>.maxLength
                ? shortSpellings.value(for: key, readable: readable) : spellings.value(for: key)
            if let hit { return hit }
        }
        return normalizedTarget(for: String(decoding: key, as: UTF8.self))
    }

    /// Resolvers are equal when their overrides are (the spelling tables are the same for all).
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.overrides == rhs.overrides
    }

    /// The target by normalised spelling ("Job Title" → title), overrides first.
    private func normalizedTarget(for name: String) -> FieldTarget {
        let key = FieldAliases.normalizedKey(name)
        return overrides[key] ?? FieldAliases.byKey[key] ?? .extra
    }
}
