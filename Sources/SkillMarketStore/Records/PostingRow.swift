import SkillMarketCore

/// One `posting` row: a `StoredPosting` flattened into column values, the same for SQLite and PostgreSQL.
///
/// Money columns are integer cents; `usdAnnualMin`/`usdAnnualMax` are whole US dollars a year and set only
/// for USD salaries (`usdAnnualMax` is the top of the range, or the single figure of an open-ended
/// "from $X" range, so `min_salary` compares one indexed column). `posted` is "YYYY-MM-DD", or "" when
/// unknown so that it sorts last in `posted DESC` on every database and fits a keyset cursor.
/// `warnings` and `evidence` of `ExtractedPosting` are not stored. Text never holds U+0000 (PostgreSQL
/// rejects it and SQLite readers stop at it): `PostingWrite` stores each as U+FFFD.
struct PostingRow: Sendable, Equatable {
    var id: String
    var title: String
    var company: String?
    var location: String?
    var role: String?
    var seniority: String
    var country: String?
    var salaryCurrency: String?
    var salaryPeriod: String?
    var salaryMinCents: Int64?
    var salaryMaxCents: Int64?
    var annualMinCents: Int64?
    var annualMaxCents: Int64?
    var salaryBase: Bool?
    var usdAnnualMin: Int64?
    var usdAnnualMax: Int64?
    var posted: String
    var expires: String?
    var duplicateOf: String?
    var description: String
    var url: String?
    var source: String?
    var fingerprint: [UInt8]?
    /// `PostingWrite.contentHash`: tells an unchanged re-ingest from an update.
    var contentHash: Int64
}

/// Everything one posting writes: its row plus the rows of `postingSkill`, `postingFamily`, `postingWorkMode`.
struct PostingWrite: Sendable, Equatable {
    var row: PostingRow
    var skills: [String]
    var families: [String]
    var workModes: [String]

    init(_ stored: StoredPosting) {
        let stored = stored.withoutNUL()
        let facts = stored.facts
        let salary = facts.salary
        let isUSD = salary?.currency == .usd
        let usdMin = isUSD ? salary?.annualMin.map { $0.cents / 100 } : nil
        let usdMax = isUSD ? (salary?.annualMax ?? salary?.annualMin).map { $0.cents / 100 } : nil
        row = PostingRow(
            id: facts.id.rawValue, title: facts.title, company: facts.company, location: facts.location,
            role: facts.role?.rawValue, seniority: facts.seniority.rawValue, country: facts.country?.rawValue,
            salaryCurrency: salary?.currency.rawValue, salaryPeriod: salary?.period.rawValue,
            salaryMinCents: salary?.min?.cents, salaryMaxCents: salary?.max?.cents,
            annualMinCents: salary?.annualMin?.cents, annualMaxCents: salary?.annualMax?.cents,
            salaryBase: salary?.base, usdAnnualMin: usdMin, usdAnnualMax: usdMax,
            posted: facts.posted?.description ?? "", expires: facts.expires?.description,
            duplicateOf: facts.duplicateOf?.rawValue, description: stored.description, url: stored.url,
            source: stored.source, fingerprint: facts.fingerprint?.storage, contentHash: 0)
        skills = Array(Set(facts.skills.map(\.rawValue))).sorted()
        families = Array(Set(facts.families)).sorted()
        workModes = Array(Set(facts.workModes.map(\.rawValue))).sorted()
        row.contentHash = contentHash
    }

    /// FNV-1a (64-bit) over every stored column and dependent row, each field tagged and length-prefixed.
    var contentHash: Int64 {
        var hash = ContentHasher()
        for text in [row.id, row.title, row.seniority, row.posted, row.description] { hash.add(text) }
        for text in [
            row.company, row.location, row.role, row.country, row.salaryCurrency, row.salaryPeriod, row.expires,
            row.duplicateOf, row.url, row.source,
        ] { hash.add(text) }
        for number in [row.salaryMinCents, row.salaryMaxCents] { hash.add(number) }
        hash.add(row.salaryBase.map { $0 ? 1 : 0 })
        hash.add(row.fingerprint)
        for list in [skills, families, workModes] {
            hash.add(Int64(list.count))
            for item in list { hash.add(item) }
        }
        return Int64(bitPattern: hash.value)
    }
}

/// FNV-1a, 64-bit; stable across runs and platforms (unlike `Hasher`).
struct ContentHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ text: String?) {
        guard var text else { return byte(0) }
        byte(1)
        text.withUTF8 { bytes in
            add(Int64(bytes.count))
            for unit in bytes { byte(unit) }
        }
    }

    mutating func add(_ number: Int64?) {
        guard let number else { return byte(0) }
        byte(2)
        let bits = UInt64(bitPattern: number)
        for shift in stride(from: 0, to: 64, by: 8) { byte(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    mutating func add(_ bytes: [UInt8]?) {
        guard let bytes else { return byte(0) }
        byte(3)
        add(Int64(bytes.count))
        for unit in bytes { byte(unit) }
    }

    @inline(__always)
    private mutating func byte(_ unit: UInt8) {
        value = (value ^ UInt64(unit)) &* 0x0000_0100_0000_01b3
    }
}
