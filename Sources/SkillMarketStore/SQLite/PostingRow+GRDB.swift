import Foundation
import GRDB

/// `PostingRow` as GRDB reads and writes it: the `posting` table plus its `postingBody` row.
extension PostingRow: FetchableRecord {
    /// The `posting` columns but `seq`, in the order `SQLiteBinder` binds them (`updateSQL`: `id` last).
    static let columns = [
        "id", "title", "company", "location", "role", "seniority", "country", "salaryCurrency", "salaryPeriod",
        "salaryMinCents", "salaryMaxCents", "annualMinCents", "annualMaxCents", "salaryBase", "usdAnnualMin",
        "usdAnnualMax", "posted", "expires", "duplicateOf", "url", "source", "contentHash",
    ]

    /// Sets every column but `id`; the last argument is the `id`.
    static let updateSQL =
        "UPDATE posting SET \(columns.dropFirst().map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?"

    /// What to select from `posting p JOIN postingBody b` to read a row back, in the order `init(row:)` reads
    /// it: `seq`, `columns`, description, fingerprint.
    static let selection = columnList(description: "b.description")

    /// `selection` with an empty description (reports never read it, and it is most of a row's bytes).
    static let selectionWithoutDescription = columnList(description: "''")

    private static func columnList(description: String) -> String {
        (["p.seq"] + columns.map { "p.\($0)" } + [description, "b.fingerprint"]).joined(separator: ", ")
    }

    /// Reads a row of `selection`, by column index: GRDB's lookup by name lower-cases the name on every call
    /// (a tenth of a search request's time in `perf`).
    init(row: Row) throws {
        id = try row.decode(atIndex: 1)
        title = try row.decode(atIndex: 2)
        company = try row.decode(atIndex: 3)
        location = try row.decode(atIndex: 4)
        role = try row.decode(atIndex: 5)
        seniority = try row.decode(atIndex: 6)
        country = try row.decode(atIndex: 7)
        salaryCurrency = try row.decode(atIndex: 8)
        salaryPeriod = try row.decode(atIndex: 9)
        salaryMinCents = try row.decode(atIndex: 10)
        salaryMaxCents = try row.decode(atIndex: 11)
        annualMinCents = try row.decode(atIndex: 12)
        annualMaxCents = try row.decode(atIndex: 13)
        salaryBase = try row.decode(atIndex: 14)
        usdAnnualMin = try row.decode(atIndex: 15)
        usdAnnualMax = try row.decode(atIndex: 16)
        posted = try row.decode(atIndex: 17)
        expires = try row.decode(atIndex: 18)
        duplicateOf = try row.decode(atIndex: 19)
        url = try row.decode(atIndex: 20)
        source = try row.decode(atIndex: 21)
        contentHash = try row.decode(atIndex: 22)
        description = try row.decode(atIndex: 23)
        fingerprint = (try row.decode(Data?.self, atIndex: 24)).map { Array($0) }
    }

    /// Values for `updateSQL`: every column but `id`, then `id`.
    var updateArguments: StatementArguments {
        StatementArguments(updatedValues + [id])
    }

    /// The `postingBody` values after `postingSeq`: description, fingerprint.
    var bodyValues: [(any DatabaseValueConvertible)?] { [description, fingerprint.map { Data($0) }] }

    private var updatedValues: [(any DatabaseValueConvertible)?] {
        [
            title, company, location, role, seniority, country, salaryCurrency, salaryPeriod, salaryMinCents,
            salaryMaxCents, annualMinCents, annualMaxCents, salaryBase, usdAnnualMin, usdAnnualMax, posted, expires,
            duplicateOf, url, source, contentHash,
        ]
    }
}
