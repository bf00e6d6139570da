import Logging
import PostgresNIO
import SkillMarketCore

/// One batch of writes in one transaction: `INSERT … ON CONFLICT (id) DO UPDATE … WHERE` the content hash differs.
///
/// The batch's stored rows are read and locked first (`FOR UPDATE`), so postings whose content hash
/// is unchanged are not sent again. Rows are locked and written in id order, so two batches that
/// overlap take their locks in the same order and can't deadlock. An id repeated within a batch keeps
/// its last version and is counted as if its copies were written one after another. Skills, families
/// and work modes are rewritten only for new and changed postings.
enum PostgresUpsert {
    /// Rows per `INSERT` (24 values each, under PostgreSQL's 65,535 bound parameters).
    static let rowsPerStatement = 1_000

    static func apply(_ writes: [PostingWrite], client: PostgresClient, logger: Logger) async throws -> UpsertCounts {
        guard !writes.isEmpty else { return UpsertCounts() }
        var hashesByID: [String: [Int64]] = [:]
        var latest: [String: PostingWrite] = [:]
        for write in writes {
            hashesByID[write.row.id, default: []].append(write.row.contentHash)
            latest[write.row.id] = write
        }
        let ordered = latest.values.sorted { $0.row.id.utf8.lexicographicallyPrecedes($1.row.id.utf8) }

        return try await client.withTransaction(logger: logger) { connection in
            // Stored versions, locked: unchanged postings are not sent again (their full text isn't recomputed),
            // and ids given more than once are counted one copy after another from the stored version on.
            let storedHashes = try await lockedHashes(of: ordered.map(\.row.id), connection, logger)
            let pending = ordered.filter { storedHashes[$0.row.id] != $0.row.contentHash }
            var inserted: [String] = []
            var updated: [String] = []
            var start = 0
            while start < pending.count {
                let chunk = pending[start..<min(start + rowsPerStatement, pending.count)]
                start += chunk.count
                for try await (id, isNew) in try await connection.query(upsertStatement(chunk).query, logger: logger)
                    .decode((String, Bool).self)
                {
                    if isNew { inserted.append(id) } else { updated.append(id) }
                }
            }
            if !updated.isEmpty {
                for table in [#""postingSkill""#, #""postingFamily""#, #""postingWorkMode""#] {
                    var delete = PostgresStatement(#"DELETE FROM \#(table) WHERE "postingId" = ANY("#)
                    delete.append(delete.bind(updated) + "::text[])")
                    try await connection.query(delete.query, logger: logger)
                }
            }
            let changed = Set(inserted).union(updated)
            let written = pending.filter { changed.contains($0.row.id) }
            try await insertList(written, \.skills, into: #""postingSkill" ("postingId", skill)"#, connection, logger)
            try await insertList(
                written, \.families, into: #""postingFamily" ("postingId", family)"#, connection, logger)
            try await insertList(
                written, \.workModes, into: #""postingWorkMode" ("postingId", "workMode")"#, connection, logger)
            return counts(
                ordered.map(\.row.id), hashesByID: hashesByID, stored: storedHashes, inserted: Set(inserted),
                updated: Set(updated))
        }
    }

    /// What the batch did, copy by copy: a single copy by what the `INSERT` reported; repeated copies
    /// each against the one before (the first against the stored version, if any).
    private static func counts(
        _ ids: [String], hashesByID: [String: [Int64]], stored: [String: Int64], inserted: Set<String>,
        updated: Set<String>
    ) -> UpsertCounts {
        var counts = UpsertCounts()
        for id in ids {
            let hashes = hashesByID[id] ?? []
            if hashes.count <= 1 {
                if inserted.contains(id) {
                    counts.new += 1
                } else if updated.contains(id) {
                    counts.updated += 1
                } else {
                    counts.unchanged += 1
                }
                continue
            }
            var previous = stored[id]
            for hash in hashes {
                switch previous {
                case nil: counts.new += 1
                case hash?: counts.unchanged += 1
                default: counts.updated += 1
                }
                previous = hash
            }
        }
        return counts
    }

    /// Stored content hashes of `ids`, their rows locked for this transaction (in id order).
    private static func lockedHashes(of ids: [String], _ connection: PostgresConnection, _ logger: Logger)
        async throws -> [String: Int64]
    {
        guard !ids.isEmpty else { return [:] }
        var select = PostgresStatement(#"SELECT id, "contentHash" FROM posting WHERE id = ANY("#)
        select.append(select.bind(ids) + "::text[]) ORDER BY id FOR UPDATE")
        var hashes: [String: Int64] = [:]
        for try await (id, hash) in try await connection.query(select.query, logger: logger).decode(
            (String, Int64).self)
        {
            hashes[id] = hash
        }
        return hashes
    }

    /// `INSERT … VALUES … ON CONFLICT` for `chunk`, returning `(id, inserted)` for each row written.
    private static func upsertStatement(_ chunk: ArraySlice<PostingWrite>) -> PostgresStatement {
        let columns = PostgresPostingColumns.names
        var statement = PostgresStatement("INSERT INTO posting (" + columns.joined(separator: ", ") + ") VALUES ")
        for (offset, write) in chunk.enumerated() {
            if offset > 0 { statement.append(", ") }
            PostgresPostingColumns.appendValues(of: write.row, to: &statement)
        }
        let assignments = columns.dropFirst().map { "\($0) = EXCLUDED.\($0)" }.joined(separator: ", ")
        statement.append(
            " ON CONFLICT (id) DO UPDATE SET \(assignments)"
                + #" WHERE posting."contentHash" <> EXCLUDED."contentHash" RETURNING id, (xmax = 0)"#)
        return statement
    }

    /// Inserts `(postingId, value)` pairs for every value of `list` in `writes`, as two bound arrays.
    private static func insertList(
        _ writes: [PostingWrite], _ list: KeyPath<PostingWrite, [String]>, into target: String,
        _ connection: PostgresConnection, _ logger: Logger
    ) async throws {
        var ids: [String] = []
        var values: [String] = []
        for write in writes {
            for value in write[keyPath: list] {
                ids.append(write.row.id)
                values.append(value)
            }
        }
        guard !ids.isEmpty else { return }
        var insert = PostgresStatement("INSERT INTO \(target) SELECT * FROM unnest(")
        insert.append(insert.bind(ids) + "::text[], " + insert.bind(values) + "::text[])")
        try await connection.query(insert.query, logger: logger)
    }
}
