import Foundation
import GRDB
import SkillMarketCore

/// Reads postings: pages with keyset cursors, single postings, and fingerprint scans.
enum SQLiteSearch {
    /// One page from the in-memory index of the reader's generation (`total` and rows agree), its rows from
    /// `rows` or else read by `seq`; `text` is the index's match set for `query.text`.
    static func page(
        matching query: PostingQuery, index: ListingIndex, text: TextMatches, rows: GenerationCache<Int64, StoredPosting>,
        in db: Database
    ) throws -> PostingPage {
        let filter = index.filter(query, text: text)
        let limit = StoreLimits.pageSize(query.limit)
        var after: PostingCursor?
        if let text = query.cursor {
            // A cursor no page produced: past the end, an empty last page.
            guard let cursor = PostingCursor(encoded: text) else {
                return PostingPage(total: index.page(filter, after: nil, limit: 0).total, postings: [], nextCursor: nil)
            }
            after = cursor
        }
        let (total, positions) = index.page(filter, after: after, limit: limit + 1)
        let seqs = positions.prefix(limit).map { index.seqs[$0] }
        let postings = try rows.values(seqs, generation: index.generation) { missing in
            let marks = missing.map { _ in "?" }.joined(separator: ",")
            return try loadWithSeqs(
                where: "p.seq IN (\(marks))", arguments: StatementArguments(missing), suffix: "", in: db
            ).map { ($0.seq, $0.posting) }
        }
        let next = positions.count > limit ? postings.last.map { cursor($0).encoded } : nil
        return PostingPage(total: total, postings: postings, nextCursor: next)
    }

    /// The position after `posting` in listing order.
    static func cursor(_ posting: StoredPosting) -> PostingCursor {
        PostingCursor(posted: posting.facts.posted?.description ?? "", id: posting.facts.id.rawValue)
    }

    /// Postings of `posting p WHERE condition suffix`, in the order found, with body, skills, families, modes.
    static func load(where condition: String, arguments: StatementArguments, suffix: String, in db: Database)
        throws -> [StoredPosting]
    {
        try loadWithSeqs(where: condition, arguments: arguments, suffix: suffix, in: db).map(\.posting)
    }

    /// `load`, each posting with its `seq`.
    static func loadWithSeqs(
        where condition: String, arguments: StatementArguments, suffix: String, in db: Database
    ) throws -> [(seq: Int64, posting: StoredPosting)] {
        let found = try Row.fetchAll(
            db,
            sql: """
                SELECT \(PostingRow.selection) FROM posting p JOIN postingBody b ON b.postingSeq = p.seq
                WHERE \(condition) \(suffix)
                """, arguments: arguments)
        guard !found.isEmpty else { return [] }
        let rows = try found.map { (seq: try $0.decode(Int64.self, atIndex: 0), row: try PostingRow(row: $0)) }
        let seqs = rows.map(\.seq)
        let skills = try links(table: "postingSkill", column: "skill", seqs: seqs, in: db)
        let families = try links(table: "postingFamily", column: "family", seqs: seqs, in: db)
        let modes = try links(table: "postingWorkMode", column: "workMode", seqs: seqs, in: db)
        return try rows.map { seq, row in
            let posting = try row.stored(
                skills: skills[seq] ?? [], families: families[seq] ?? [], workModes: modes[seq] ?? [])
            return (seq: seq, posting: posting)
        }
    }

    /// Values of a link table by posting `seq`.
    private static func links(table: String, column: String, seqs: [Int64], in db: Database) throws
        -> [Int64: [String]]
    {
        var result: [Int64: [String]] = [:]
        let marks = seqs.map { _ in "?" }.joined(separator: ",")
        let cursor = try Row.fetchCursor(
            db, sql: "SELECT postingSeq, \(column) FROM \(table) WHERE postingSeq IN (\(marks))",
            arguments: StatementArguments(seqs))
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
                SELECT p.seq, p.id, b.fingerprint FROM posting p JOIN postingBody b ON b.postingSeq = p.seq
                WHERE p.seq > ? AND p.duplicateOf IS NULL AND b.fingerprint IS NOT NULL ORDER BY p.seq LIMIT ?
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
