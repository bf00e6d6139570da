import GRDB
import GRDBSQLite

/// New postings and link rows waiting for multi-row `INSERT`s; `flush` writes them table by table.
///
/// A statement per chunk of rows instead of one per row (far fewer trips through SQLite's VM setup), and
/// values bound straight from the `PostingWrite`s with `sqlite3_bind_*`: building a `DatabaseValue` and
/// `StatementArguments` per value was a third of the writer thread's time (`perf record` of `ingest`).
struct SQLiteBulkInsert {
    /// The batch being written; the lists below refer to it by index, so no `PostingWrite` is copied.
    private let writes: [PostingWrite]
    /// New postings with their assigned `seq`: a `posting`, `postingBody` and `postingText` row each.
    private var postings: [(seq: Int64, index: Int)] = []
    /// Every posting whose skill, family and work-mode rows are to be written (new and updated ones).
    private var linked: [(seq: Int64, index: Int)] = []

    init(_ writes: [PostingWrite]) {
        self.writes = writes
    }

    /// `writes[index]` as a new posting with its body, full text and links.
    mutating func addPosting(_ index: Int, seq: Int64) {
        postings.append((seq, index))
        linked.append((seq, index))
    }

    /// The skill, family and work-mode rows of `writes[index]`.
    mutating func addLinks(_ index: Int, seq: Int64) {
        linked.append((seq, index))
    }

    func flush(in db: Database) throws {
        try insert("posting", ["seq"] + PostingRow.columns, rows: postings, in: db) { posting, binder in
            binder.bind(posting.seq)
            binder.bind(writes[posting.index].row)
        }
        try insert("postingBody", ["postingSeq", "description", "fingerprint"], rows: postings, in: db) {
            posting, binder in
            binder.bind(posting.seq)
            binder.bind(writes[posting.index].row.description)
            binder.bind(writes[posting.index].row.fingerprint)
        }
        try insert("postingText", ["rowid", "title", "company", "description"], rows: postings, in: db) {
            posting, binder in
            binder.bind(posting.seq)
            binder.bind(writes[posting.index].row.title)
            binder.bind(writes[posting.index].row.company)
            binder.bind(writes[posting.index].row.description)
        }
        try insertLinks("postingSkill", "skill", in: db) { $0.skills }
        try insertLinks("postingFamily", "family", in: db) { $0.families }
        try insertLinks("postingWorkMode", "workMode", in: db) { $0.workModes }
    }

    private func insertLinks(
        _ table: String, _ column: String, in db: Database, values: (PostingWrite) -> [String]
    ) throws {
        var rows: [(seq: Int64, index: Int, item: Int)] = []
        for posting in linked {
            for item in values(writes[posting.index]).indices { rows.append((posting.seq, posting.index, item)) }
        }
        try insert(table, ["postingSeq", column], rows: rows, in: db) { row, binder in
            binder.bind(row.seq)
            binder.bind(values(writes[row.index])[row.item])
        }
    }

    /// Inserts `rows` into `table` in chunks of multi-row statements; `bind` binds one row's `columns`.
    private func insert<Item>(
        _ table: String, _ columns: [String], rows: [Item], in db: Database,
        bind: (Item, inout SQLiteBinder) -> Void
    ) throws {
        let rowsPerStatement = max(1, 4_000 / columns.count)
        var start = 0
        while start < rows.count {
            let count = min(rowsPerStatement, rows.count - start)
            let statement = try db.cachedStatement(sql: Self.sql(table, columns, rows: count))
            var binder = SQLiteBinder(statement.sqliteStatement)
            for row in rows[start..<(start + count)] { bind(row, &binder) }
            try binder.step(statement, in: db)
            start += count
        }
    }

    private static func sql(_ table: String, _ columns: [String], rows: Int) -> String {
        let tuple = "(" + columns.map { _ in "?" }.joined(separator: ",") + ")"
        return "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: tuple, count: rows).joined(separator: ",")
    }
}

/// Binds a prepared statement's parameters in order, then runs it once.
///
/// Text and blobs are copied by SQLite (`SQLITE_TRANSIENT`), so nothing has to outlive a `bind` call.
struct SQLiteBinder {
    private let statement: SQLiteStatement
    private var index: CInt = 1
    /// The first failed bind's result code (`SQLITE_OK` when none failed).
    private var failure = SQLITE_OK

    /// SQLite's "copy the value now" destructor, which C spells `(sqlite3_destructor_type)-1`.
    private static var transient: sqlite3_destructor_type {
        unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
    }

    init(_ statement: SQLiteStatement) {
        self.statement = statement
    }

    /// The `posting` columns after `seq`, in `PostingRow.columns` order.
    mutating func bind(_ row: PostingRow) {
        bind(row.id)
        bind(row.title)
        bind(row.company)
        bind(row.location)
        bind(row.role)
        bind(row.seniority)
        bind(row.country)
        bind(row.salaryCurrency)
        bind(row.salaryPeriod)
        bind(row.salaryMinCents)
        bind(row.salaryMaxCents)
        bind(row.annualMinCents)
        bind(row.annualMaxCents)
        bind(row.salaryBase.map { $0 ? Int64(1) : 0 })
        bind(row.usdAnnualMin)
        bind(row.usdAnnualMax)
        bind(row.posted)
        bind(row.expires)
        bind(row.duplicateOf)
        bind(row.url)
        bind(row.source)
        bind(row.contentHash)
    }

    mutating func bind(_ number: Int64?) {
        guard let number else { return bindNull() }
        record(sqlite3_bind_int64(statement, index, number))
    }

    mutating func bind(_ text: String?) {
        guard var text else { return bindNull() }
        let code = text.withUTF8 { bytes in
            sqlite3_bind_text(
                statement, index, UnsafeRawPointer(bytes.baseAddress)?.assumingMemoryBound(to: CChar.self),
                CInt(bytes.count), Self.transient)
        }
        record(code)
    }

    mutating func bind(_ bytes: [UInt8]?) {
        guard let bytes else { return bindNull() }
        let code = bytes.withUnsafeBytes { raw in
            sqlite3_bind_blob(statement, index, raw.baseAddress, CInt(raw.count), Self.transient)
        }
        record(code)
    }

    private mutating func bindNull() {
        record(sqlite3_bind_null(statement, index))
    }

    private mutating func record(_ code: CInt) {
        if failure == SQLITE_OK, code != SQLITE_OK { failure = code }
        index += 1
    }

    /// Runs the statement (an `INSERT`: no rows back) and resets it for its next use.
    func step(_ grdbStatement: Statement, in db: Database) throws {
        let code = failure == SQLITE_OK ? sqlite3_step(statement) : failure
        let message = code == SQLITE_DONE ? nil : db.lastErrorMessage
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: grdbStatement.sql)
        }
    }
}
