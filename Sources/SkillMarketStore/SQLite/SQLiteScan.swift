import GRDB
import SkillMarketCore

/// Reads the facts of listed postings for reports: the `posting` columns and the fingerprint by `seq`,
/// skills, families and work modes from the `ListingIndex`, and no description (reports never read it, and
/// it is most of a row's bytes).
enum SQLiteScan {
    /// The facts at `positions` of `index`, in that order. A reader of a newer generation than `index` (the
    /// store changed since the positions were found) reads the link tables instead, and skips postings
    /// that have gone.
    static func facts(at positions: ArraySlice<Int>, of index: ListingIndex, in db: Database) throws
        -> [ExtractedPosting]
    {
        let seqs = positions.map { index.seqs[$0] }
        guard !seqs.isEmpty else { return [] }
        let marks = seqs.map { _ in "?" }.joined(separator: ",")
        guard try ListingIndexCache.generation(in: db) == index.generation else {
            return try SQLiteSearch.load(
                where: "p.seq IN (\(marks))", arguments: StatementArguments(seqs),
                suffix: "ORDER BY p.posted DESC, p.id DESC", in: db
            ).map(\.facts)
        }
        var rows: [Int64: PostingRow] = [:]
        rows.reserveCapacity(seqs.count)
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(PostingRow.selectionWithoutDescription)
                FROM posting p JOIN postingBody b ON b.postingSeq = p.seq WHERE p.seq IN (\(marks))
                """, arguments: StatementArguments(seqs))
        while let row = try cursor.next() { rows[try row.decode(atIndex: 0)] = try PostingRow(row: row) }
        return try positions.compactMap { position in
            guard let row = rows[index.seqs[position]] else { return nil }
            return try row.stored(
                skills: index.values(index.skillCodes, index.skillStarts, at: position),
                families: index.values(index.familyCodes, index.familyStarts, at: position),
                workModes: index.values(index.modeCodes, index.modeStarts, at: position)
            ).facts
        }
    }
}
