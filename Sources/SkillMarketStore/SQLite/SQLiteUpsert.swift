import GRDB
import SkillMarketCore

/// Writes a batch inside the caller's transaction: inserts new ids, rewrites changed ones (the row in
/// place, its skills, families and modes replaced), and counts the rest as unchanged.
///
/// Changed means a different `contentHash`. Statements are prepared once per connection (cached).
enum SQLiteUpsert {
    static func apply(_ writes: [PostingWrite], in db: Database) throws -> UpsertCounts {
        var counts = UpsertCounts()
        let lookup = try db.cachedStatement(sql: "SELECT contentHash FROM posting WHERE id = ?")
        let insert = try db.cachedStatement(sql: PostingRow.insertSQL)
        let update = try db.cachedStatement(sql: PostingRow.updateSQL)
        for write in writes {
            switch try Int64.fetchOne(lookup, arguments: [write.row.id]) {
            case nil:
                try insert.execute(arguments: write.row.insertArguments)
                try insertLinks(write, in: db)
                counts.new += 1
            case write.row.contentHash:
                counts.unchanged += 1
            case .some:
                try update.execute(arguments: write.row.updateArguments)
                for table in ["postingSkill", "postingFamily", "postingWorkMode"] {
                    try db.cachedStatement(sql: "DELETE FROM \(table) WHERE postingId = ?")
                        .execute(arguments: [write.row.id])
                }
                try insertLinks(write, in: db)
                counts.updated += 1
            }
        }
        return counts
    }

    private static func insertLinks(_ write: PostingWrite, in db: Database) throws {
        for (table, column, values) in [
            ("postingSkill", "skill", write.skills), ("postingFamily", "family", write.families),
            ("postingWorkMode", "workMode", write.workModes),
        ] where !values.isEmpty {
            let statement = try db.cachedStatement(sql: "INSERT INTO \(table) (postingId, \(column)) VALUES (?, ?)")
            for value in values { try statement.execute(arguments: [write.row.id, value]) }
        }
    }
}
