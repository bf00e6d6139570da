import GRDB
import SkillMarketCore

/// Writes a batch inside the caller's transaction: inserts new ids, rewrites changed ones (the row in
/// place; body, full text, skills, families and modes replaced), and counts the rest as unchanged.
///
/// Changed means a different `contentHash`. Statements are prepared once per connection (cached).
enum SQLiteUpsert {
    static func apply(_ writes: [PostingWrite], in db: Database) throws -> UpsertCounts {
        var counts = UpsertCounts()
        let lookup = try db.cachedStatement(sql: "SELECT seq, contentHash FROM posting WHERE id = ?")
        for write in writes {
            guard let existing = try Row.fetchOne(lookup, arguments: [write.row.id]) else {
                try insert(write, in: db)
                counts.new += 1
                continue
            }
            let seq: Int64 = try existing.decode(atIndex: 0)
            if try existing.decode(Int64.self, atIndex: 1) == write.row.contentHash {
                counts.unchanged += 1
            } else {
                try update(write, seq: seq, in: db)
                counts.updated += 1
            }
        }
        return counts
    }

    private static func insert(_ write: PostingWrite, in db: Database) throws {
        try db.cachedStatement(sql: PostingRow.insertSQL).execute(arguments: write.row.insertArguments)
        let seq = db.lastInsertedRowID
        try db.cachedStatement(sql: "INSERT INTO postingBody (postingSeq, description, fingerprint) VALUES (?, ?, ?)")
            .execute(arguments: StatementArguments([seq] + write.row.bodyValues))
        try indexText(write.row, seq: seq, in: db)
        try insertLinks(write, seq: seq, in: db)
    }

    private static func update(_ write: PostingWrite, seq: Int64, in db: Database) throws {
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
        try indexText(write.row, seq: seq, in: db)
        for table in ["postingSkill", "postingFamily", "postingWorkMode"] {
            try db.cachedStatement(sql: "DELETE FROM \(table) WHERE postingSeq = ?").execute(arguments: [seq])
        }
        try insertLinks(write, seq: seq, in: db)
    }

    private static func indexText(_ row: PostingRow, seq: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO postingText(rowid, title, company, description) VALUES (?, ?, ?, ?)")
            .execute(arguments: [seq, row.title, row.company, row.description])
    }

    private static func insertLinks(_ write: PostingWrite, seq: Int64, in db: Database) throws {
        for (table, column, values) in [
            ("postingSkill", "skill", write.skills), ("postingFamily", "family", write.families),
            ("postingWorkMode", "workMode", write.workModes),
        ] where !values.isEmpty {
            let statement = try db.cachedStatement(sql: "INSERT INTO \(table) (postingSeq, \(column)) VALUES (?, ?)")
            for value in values { try statement.execute(arguments: [seq, value]) }
        }
    }
}
