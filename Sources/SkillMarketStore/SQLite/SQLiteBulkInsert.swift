import GRDB

/// Rows waiting for multi-row `INSERT`s, one buffer per table; `flush` writes them in chunks.
///
/// A statement per chunk instead of one per row: far fewer round trips through SQLite's VM setup.
struct SQLiteBulkInsert {
    private var tables: [Buffer] = [
        Buffer(table: "posting", columns: ["seq"] + PostingRow.columns),
        Buffer(table: "postingBody", columns: ["postingSeq", "description", "fingerprint"]),
        Buffer(table: "postingText", columns: ["rowid", "title", "company", "description"]),
        Buffer(table: "postingSkill", columns: ["postingSeq", "skill"]),
        Buffer(table: "postingFamily", columns: ["postingSeq", "family"]),
        Buffer(table: "postingWorkMode", columns: ["postingSeq", "workMode"]),
    ]

    /// A new posting with its body, full text and links.
    mutating func addPosting(_ write: PostingWrite, seq: Int64) {
        let row = write.row
        let key = seq.databaseValue
        tables[0].add([key] + row.insertValues.map(Self.value))
        tables[1].add([key] + row.bodyValues.map(Self.value))
        tables[2].add([key, row.title.databaseValue, row.company.databaseValue, row.description.databaseValue])
        addLinks(write, seq: seq)
    }

    /// The skill, family and work-mode rows of a posting.
    mutating func addLinks(_ write: PostingWrite, seq: Int64) {
        for skill in write.skills { tables[3].add([seq.databaseValue, skill.databaseValue]) }
        for family in write.families { tables[4].add([seq.databaseValue, family.databaseValue]) }
        for mode in write.workModes { tables[5].add([seq.databaseValue, mode.databaseValue]) }
    }

    private static func value(_ convertible: (any DatabaseValueConvertible)?) -> DatabaseValue {
        convertible?.databaseValue ?? .null
    }

    func flush(in db: Database) throws {
        for buffer in tables { try buffer.write(in: db) }
    }

    private struct Buffer {
        let table: String
        let columns: [String]
        var values: [DatabaseValue] = []

        /// Rows per statement: full chunks reuse one cached statement.
        var rowsPerStatement: Int { max(1, 4_000 / columns.count) }

        mutating func add(_ row: [DatabaseValue]) {
            precondition(row.count == columns.count, "\(table): \(row.count) values for \(columns.count) columns")
            values += row
        }

        func write(in db: Database) throws {
            let width = columns.count
            let rowCount = values.count / width
            var start = 0
            while start < rowCount {
                let count = min(rowsPerStatement, rowCount - start)
                let statement = try db.cachedStatement(sql: sql(rows: count))
                statement.setUncheckedArguments(
                    StatementArguments(values[(start * width)..<((start + count) * width)]))
                try statement.execute()
                start += count
            }
        }

        private func sql(rows: Int) -> String {
            let tuple = "(" + columns.map { _ in "?" }.joined(separator: ",") + ")"
            return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
                + Array(repeating: tuple, count: rows).joined(separator: ",")
        }
    }
}
