import Foundation
import GRDB

/// `PostingRow` as GRDB reads and writes it: the `posting` table plus its `postingBody` row.
extension PostingRow: FetchableRecord {
    /// The `posting` columns but `seq`, in the order of `insertSQL` and `updateSQL`.
    static let columns = [
        "id", "title", "company", "location", "role", "seniority", "country", "salaryCurrency", "salaryPeriod",
        "salaryMinCents", "salaryMaxCents", "annualMinCents", "annualMaxCents", "salaryBase", "usdAnnualMin",
        "usdAnnualMax", "posted", "expires", "duplicateOf", "url", "source", "contentHash",
    ]

    static let insertSQL = """
        INSERT INTO posting (\(columns.joined(separator: ", ")))
        VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))
        """

    /// Sets every column but `id`; the last argument is the `id`.
    static let updateSQL =
        "UPDATE posting SET \(columns.dropFirst().map { "\($0) = ?" }.joined(separator: ", ")) WHERE id = ?"

    /// What to select from `posting p JOIN postingBody b` to read a row back.
    static let selection = "p.*, b.description AS description, b.fingerprint AS fingerprint"

    init(row: Row) throws {
        id = try row.decode(forColumn: "id")
        title = try row.decode(forColumn: "title")
        company = try row.decode(forColumn: "company")
        location = try row.decode(forColumn: "location")
        role = try row.decode(forColumn: "role")
        seniority = try row.decode(forColumn: "seniority")
        country = try row.decode(forColumn: "country")
        salaryCurrency = try row.decode(forColumn: "salaryCurrency")
        salaryPeriod = try row.decode(forColumn: "salaryPeriod")
        salaryMinCents = try row.decode(forColumn: "salaryMinCents")
        salaryMaxCents = try row.decode(forColumn: "salaryMaxCents")
        annualMinCents = try row.decode(forColumn: "annualMinCents")
        annualMaxCents = try row.decode(forColumn: "annualMaxCents")
        salaryBase = try row.decode(forColumn: "salaryBase")
        usdAnnualMin = try row.decode(forColumn: "usdAnnualMin")
        usdAnnualMax = try row.decode(forColumn: "usdAnnualMax")
        posted = try row.decode(forColumn: "posted")
        expires = try row.decode(forColumn: "expires")
        duplicateOf = try row.decode(forColumn: "duplicateOf")
        description = try row.decode(forColumn: "description")
        url = try row.decode(forColumn: "url")
        source = try row.decode(forColumn: "source")
        fingerprint = (try row.decode(Data?.self, forColumn: "fingerprint")).map { Array($0) }
        contentHash = try row.decode(forColumn: "contentHash")
    }

    /// Values for `insertSQL`, in `columns` order.
    var insertArguments: StatementArguments { StatementArguments(insertValues) }

    /// `insertArguments` as a list.
    var insertValues: [(any DatabaseValueConvertible)?] { [id as (any DatabaseValueConvertible)?] + updatedValues }

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
