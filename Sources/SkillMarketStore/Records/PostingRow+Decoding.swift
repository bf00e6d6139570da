import SkillMarketCore

/// A stored value that cannot be read back (a row written by something else, or a damaged file).
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public var postingID: String
    public var column: String
    public var value: String

    public var description: String { "posting \(postingID): column \(column) holds unreadable value \"\(value)\"" }
}

extension PostingRow {
    /// The `StoredPosting` this row and its dependent rows describe (lists are sorted here, not by the database).
    func stored(skills: [String], families: [String], workModes: [String]) throws -> StoredPosting {
        guard let seniorityValue = Seniority(rawValue: seniority) else {
            throw StoreError(postingID: id, column: "seniority", value: seniority)
        }
        let modes = try workModes.map { raw in
            guard let mode = WorkMode(rawValue: raw) else {
                throw StoreError(postingID: id, column: "workMode", value: raw)
            }
            return mode
        }
        let facts = ExtractedPosting(
            id: PostingID(id), title: title, company: company, location: location, role: role.map(RoleSlug.init),
            seniority: seniorityValue, country: try country.map(countryCode), workModes: Array(Set(modes)).sorted(),
            salary: try salary(), skills: Array(Set(skills)).sorted().map(SkillName.init),
            families: Array(Set(families)).sorted(), posted: try day(posted, column: "posted"),
            expires: try expires.flatMap { try day($0, column: "expires") },
            duplicateOf: duplicateOf.map(PostingID.init), fingerprint: try fingerprint.map(duplicateFingerprint))
        return StoredPosting(facts: facts, description: description, url: url, source: source)
    }

    private func salary() throws -> Salary? {
        guard let salaryCurrency else { return nil }
        guard let raw = salaryPeriod, let period = PayPeriod(rawValue: raw) else {
            throw StoreError(postingID: id, column: "salaryPeriod", value: salaryPeriod ?? "NULL")
        }
        return Salary(
            currency: CurrencyCode(salaryCurrency), period: period, min: salaryMinCents.map(Money.init(cents:)),
            max: salaryMaxCents.map(Money.init(cents:)), base: salaryBase ?? true)
    }

    private func countryCode(_ raw: String) throws -> CountryCode {
        guard let code = CountryCode(raw) else { throw StoreError(postingID: id, column: "country", value: raw) }
        return code
    }

    private func day(_ raw: String, column: String) throws -> Day? {
        if raw.isEmpty { return nil }
        guard let day = Day(iso8601: raw) else { throw StoreError(postingID: id, column: column, value: raw) }
        return day
    }

    private func duplicateFingerprint(_ bytes: [UInt8]) throws -> DuplicateFingerprint {
        guard let fingerprint = DuplicateFingerprint(storage: bytes) else {
            throw StoreError(postingID: id, column: "fingerprint", value: "\(bytes.count) bytes")
        }
        return fingerprint
    }
}
