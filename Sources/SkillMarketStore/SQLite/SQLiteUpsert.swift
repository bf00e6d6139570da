import GRDB
import SkillMarketCore

/// Writes a batch inside the caller's transaction: inserts new ids, rewrites changed ones (the row in
/// place; body, full text, skills, families and modes replaced), and counts the rest as unchanged.
///
/// Changed means a different `contentHash`. One id twice in a batch: the later version wins and counts
/// as unchanged or updated against the earlier one. New postings get consecutive `seq` values and go in
/// with multi-row `INSERT`s (`SQLiteBulkInsert`); updates, rare, go one by one. A batch that changes
/// anything advances `storeState.generation` (see `GenerationCache`).
enum SQLiteUpsert {
    static func apply(_ writes: [PostingWrite], in db: Database) throws -> UpsertCounts {
        var counts = UpsertCounts()
        var stored = try existing(Set(writes.map(\.row.id)), in: db)
        /// Index in `writes` of the version to insert, by id, for ids new to the database.
        var pending: [String: Int] = [:]
        var updates: [String: (seq: Int64, index: Int)] = [:]
        for (index, write) in writes.enumerated() {
            let id = write.row.id
            if let earlier = pending[id] {
                if writes[earlier].row.contentHash == write.row.contentHash {
                    counts.unchanged += 1
                } else {
                    counts.updated += 1
                    pending[id] = index
                }
            } else if let (seq, hash) = stored[id] {
                if hash == write.row.contentHash {
                    counts.unchanged += 1
                } else {
                    counts.updated += 1
                    updates[id] = (seq, index)
                    stored[id] = (seq, write.row.contentHash)
                }
            } else {
                counts.new += 1
                pending[id] = index
            }
        }
        var bulk = SQLiteBulkInsert(writes)
        for (_, update) in updates.sorted(by: { $0.value.index < $1.value.index }) {
            try rewrite(writes[update.index], seq: update.seq, in: db)
            bulk.addLinks(update.index, seq: update.seq)
        }
        var nextSeq = (try Int64.fetchOne(db, sql: "SELECT MAX(seq) FROM posting") ?? 0) + 1
        for index in pending.values.sorted() {
            bulk.addPosting(index, seq: nextSeq)
            nextSeq += 1
        }
        try bulk.flush(in: db)
        if counts.new + counts.updated > 0 {
            try db.execute(sql: "UPDATE storeState SET generation = generation + 1")
        }
        return counts
    }

    /// `(seq, contentHash)` of the ids already stored.
    private static func existing(_ ids: Set<String>, in db: Database) throws -> [String: (Int64, Int64)] {
        var result: [String: (Int64, Int64)] = [:]
        let all = Array(ids)
        for start in stride(from: 0, to: all.count, by: 500) {
            let chunk = Array(all[start..<min(start + 500, all.count)])
            let marks = chunk.map { _ in "?" }.joined(separator: ",")
            let rows = try Row.fetchCursor(
                db, sql: "SELECT id, seq, contentHash FROM posting WHERE id IN (\(marks))",
                arguments: StatementArguments(chunk))
            while let row = try rows.next() {
                result[try row.decode(atIndex: 0)] = (try row.decode(atIndex: 1), try row.decode(atIndex: 2))
            }
        }
        return result
    }

    /// Replaces a stored posting's row, body and full text, and drops its links (re-added by the caller).
    private static func rewrite(_ write: PostingWrite, seq: Int64, in db: Database) throws {
        // The full-text index forgets the old text before the row changes (it needs the old values).
        try db.cachedStatement(
            sql: """
                INSERT INTO postingText(postingText, rowid, title, company, description)
                SELECT 'delete', seq, title, company, description FROM postingTextSource WHERE seq = ?
                """
        ).execute(arguments: [seq])
        try db.cachedStatement(sql: PostingRow.updateSQL).execute(arguments: write.row.updateArguments)
        try db.cachedStatement(sql: "UPDATE postingBody SET description = ?, fingerprint = ? WHERE postingSeq = ?")
            .execute(arguments: StatementArguments(write.row.bodyValues + [seq]))
        try db.cachedStatement(sql: "INSERT INTO postingText(rowid, title, company, description) VALUES (?, ?, ?, ?)")
            .execute(arguments: [seq, write.row.title, write.row.company, write.row.description])
        for table in ["postingSkill", "postingFamily", "postingWorkMode"] {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE postingSeq = ?").execute(arguments: [seq])
        }
    }
}
