import Foundation
import GRDB
import SkillMarketCore

/// Reads postings: pages with keyset cursors, single postings, and fingerprint scans.
enum SQLiteSearch {
    /// One page: `total` and the rows run in the same read, so they agree.
    static func page(matching query: PostingQuery, in db: Database) throws -> PostingPage {
        let filter = SQLiteFilter(query)
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM posting p WHERE \(filter.sql)", arguments: filter.arguments) ?? 0
        let limit = StoreLimits.pageSize(query.limit)
        var after: PostingCursor?
        if let text = query.cursor {
            // A cursor no page produced: past the end, an empty last page.
            guard let cursor = PostingCursor(encoded: text) else {
                return PostingPage(total: total, postings: [], nextCursor: nil)
            }
            after = cursor
        }
        var postings = try rows(filter, after: after, limit: limit + 1, in: db)
        var next: String?
        if postings.count > limit {
            postings.removeLast()
            next = postings.last.map { cursor($0).encoded }
        }
        return PostingPage(total: total, postings: postings, nextCursor: next)
    }

    /// Up to `limit` postings matching `filter` after `cursor`, newest first.
    static func rows(_ filter: SQLiteFilter, after cursor: PostingCursor?, limit: Int, in db: Database) throws
        -> [StoredPosting]
    {
        var condition = filter.sql
        var arguments = filter.arguments
        if let cursor {
            condition += " AND (p.posted, p.id) < (?, ?)"
            arguments += [cursor.posted, cursor.id]
        }
        arguments += [limit]
        return try load(
            where: condition, arguments: arguments, suffix: "ORDER BY p.posted DESC, p.id DESC LIMIT ?", in: db)
    }

    /// The position after `posting` in listing order.
    static func cursor(_ posting: StoredPosting) -> PostingCursor {
        PostingCursor(posted: posting.facts.posted?.description ?? "", id: posting.facts.id.rawValue)
    }

    /// Postings of `posting p WHERE condition suffix`, in the order found, with their skills, families, modes.
    static func load(where condition: String, arguments: StatementArguments, suffix: String, in db: Database)
        throws -> [StoredPosting]
    {
        let rows = try PostingRow.fetchAll(
            db, sql: "SELECT p.* FROM posting p WHERE \(condition) \(suffix)", arguments: arguments)
        guard !rows.isEmpty else { return [] }
        let ids = rows.map(\.id)
        let skills = try links(table: "postingSkill", column: "skill", ids: ids, in: db)
        let families = try links(table: "postingFamily", column: "family", ids: ids, in: db)
        let modes = try links(table: "postingWorkMode", column: "workMode", ids: ids, in: db)
        return try rows.map { row in
            try row.stored(
                skills: skills[row.id] ?? [], families: families[row.id] ?? [], workModes: modes[row.id] ?? [])
        }
    }

    /// Values of a link table by posting id.
    private static func links(table: String, column: String, ids: [String], in db: Database) throws
        -> [String: [String]]
    {
        var result: [String: [String]] = [:]
        let marks = ids.map { _ in "?" }.joined(separator: ",")
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT postingId, \(column) FROM \(table) WHERE postingId IN (\(marks))",
            arguments: StatementArguments(ids))
        while let row = try cursor.next() {
            result[try row.decode(atIndex: 0), default: []].append(try row.decode(atIndex: 1))
        }
        return result
    }

    /// Fingerprints of originals after `seq`, in `seq` order, one page.
    static func fingerprints(after seq: Int64, in db: Database) throws
        -> (entries: [(id: PostingID, fingerprint: DuplicateFingerprint)], lastSeq: Int64?)
    {
        var entries: [(id: PostingID, fingerprint: DuplicateFingerprint)] = []
        var lastSeq: Int64?
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT seq, id, fingerprint FROM posting
                WHERE seq > ? AND duplicateOf IS NULL AND fingerprint IS NOT NULL ORDER BY seq LIMIT ?
                """, arguments: [seq, StoreLimits.fingerprintPage])
        while let row = try cursor.next() {
            lastSeq = try row.decode(atIndex: 0)
            let id: String = try row.decode(atIndex: 1)
            let bytes: Data = try row.decode(atIndex: 2)
            guard let fingerprint = DuplicateFingerprint(storage: Array(bytes)) else {
                throw StoreError(postingID: id, column: "fingerprint", value: "\(bytes.count) bytes")
            }
            entries.append((PostingID(id), fingerprint))
        }
        return (entries, lastSeq)
    }
}
