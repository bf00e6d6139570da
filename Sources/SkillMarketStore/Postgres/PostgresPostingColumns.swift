import Foundation
import NIOCore
import PostgresNIO
import SkillMarketCore

/// The `posting` columns in one fixed order, for writing a `PostingRow` and reading it back.
enum PostgresPostingColumns {
    /// Quoted column names, in `bind(_:into:)` order.
    static let names = [
        "id", "title", "company", "location", "role", "seniority", "country", "\"salaryCurrency\"",
        "\"salaryPeriod\"", "\"salaryMinCents\"", "\"salaryMaxCents\"", "\"annualMinCents\"", "\"annualMaxCents\"",
        "\"salaryBase\"", "\"usdAnnualMin\"", "\"usdAnnualMax\"", "posted", "expires", "\"duplicateOf\"",
        "description", "url", "source", "fingerprint", "\"contentHash\"",
    ]

    /// `p.id, p.title, …` plus the sorted dependent lists (skills, families, work modes): what `decode` reads.
    static let selectList =
        names.map { "p.\($0)" }.joined(separator: ", ")
        + #", ARRAY(SELECT s.skill FROM "postingSkill" s WHERE s."postingId" = p.id ORDER BY 1)"#
        + #", ARRAY(SELECT f.family FROM "postingFamily" f WHERE f."postingId" = p.id ORDER BY 1)"#
        + #", ARRAY(SELECT w."workMode" FROM "postingWorkMode" w WHERE w."postingId" = p.id ORDER BY 1)"#

    /// Appends `(… , …)` with one placeholder per column of `row`.
    static func appendValues(of row: PostingRow, to statement: inout PostgresStatement) {
        let fingerprint = row.fingerprint.map { ByteBuffer(bytes: $0) }
        let placeholders = [
            statement.bind(row.id), statement.bind(row.title), statement.bind(row.company),
            statement.bind(row.location), statement.bind(row.role), statement.bind(row.seniority),
            statement.bind(row.country), statement.bind(row.salaryCurrency), statement.bind(row.salaryPeriod),
            statement.bind(row.salaryMinCents), statement.bind(row.salaryMaxCents),
            statement.bind(row.annualMinCents), statement.bind(row.annualMaxCents), statement.bind(row.salaryBase),
            statement.bind(row.usdAnnualMin), statement.bind(row.usdAnnualMax), statement.bind(row.posted),
            statement.bind(row.expires), statement.bind(row.duplicateOf), statement.bind(row.description),
            statement.bind(row.url), statement.bind(row.source), statement.bind(fingerprint),
            statement.bind(row.contentHash),
        ]
        statement.append("(" + placeholders.joined(separator: ", ") + ")")
    }

    /// Reads a row selected with `selectList` (cursor position included).
    static func decode(_ row: PostgresRow) throws -> (posting: StoredPosting, cursor: PostingCursor) {
        let cells = row.makeRandomAccess()
        func text(_ index: Int) throws -> String { try cells[index].decode(String.self) }
        func optionalText(_ index: Int) throws -> String? { try cells[index].decode(String?.self) }
        func number(_ index: Int) throws -> Int64? { try cells[index].decode(Int64?.self) }
        let fingerprint = try cells[22].decode(Data?.self).map { [UInt8]($0) }
        let posting = PostingRow(
            id: try text(0), title: try text(1), company: try optionalText(2), location: try optionalText(3),
            role: try optionalText(4), seniority: try text(5), country: try optionalText(6),
            salaryCurrency: try optionalText(7), salaryPeriod: try optionalText(8), salaryMinCents: try number(9),
            salaryMaxCents: try number(10), annualMinCents: try number(11), annualMaxCents: try number(12),
            salaryBase: try cells[13].decode(Bool?.self), usdAnnualMin: try number(14), usdAnnualMax: try number(15),
            posted: try text(16), expires: try optionalText(17), duplicateOf: try optionalText(18),
            description: try text(19), url: try optionalText(20), source: try optionalText(21),
            fingerprint: fingerprint, contentHash: try cells[23].decode(Int64.self))
        let stored = try posting.stored(
            skills: try cells[24].decode([String].self), families: try cells[25].decode([String].self),
            workModes: try cells[26].decode([String].self))
        return (stored, PostingCursor(posted: posting.posted, id: posting.id))
    }
}
