import GRDB
import SkillMarketCore

extension ListingIndex {
    /// Reads the index of the generation `db` shows (the caller's read transaction keeps it consistent).
    static func load(generation: Int64, in db: Database) throws -> ListingIndex {
        var index = ListingIndex(generation: generation)
        let maximumSeq = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM posting") ?? 0
        var positionBySeq = [Int32](repeating: Self.none, count: Int(maximumSeq) + 1)
        let postings = try Row.fetchCursor(
            db,
            sql: """
                SELECT seq, id, posted, role, seniority, country, company, usdAnnualMax FROM posting
                WHERE duplicateOf IS NULL ORDER BY posted DESC, id DESC
                """)
        while let row = try postings.next() {
            let seq: Int64 = row[0]
            positionBySeq[Int(seq)] = Int32(index.count)
            index.seqs.append(seq)
            index.ids.append(row[1])
            index.posted.append(row[2])
            index.roles.append(index.intern(row[3]))
            index.seniorities.append(index.intern(row[4]))
            index.countries.append(index.intern(row[5]))
            index.companies.append(index.intern(row[6]))
            index.usdAnnualMax.append((row[7] as Int64?) ?? Int64.min)
        }
        index.positionBySeq = positionBySeq
        let skills = try links("postingSkill", "skill", &index, in: db)
        index.skillStarts = skills.starts
        index.skillCodes = skills.codes
        let modes = try links("postingWorkMode", "workMode", &index, in: db)
        index.modeStarts = modes.starts
        index.modeCodes = modes.codes
        let families = try links("postingFamily", "family", &index, in: db)
        index.familyStarts = families.starts
        index.familyCodes = families.codes
        index.buildPositionSets()
        return index
    }

    /// The per-dimension position sets, once every value is interned.
    private mutating func buildPositionSets() {
        let valueCount = values.count
        roleSets = PositionSets(valueCount: valueCount, count: count) { [roles] in $1(roles[$0]) }
        senioritySets = PositionSets(valueCount: valueCount, count: count) { [seniorities] in $1(seniorities[$0]) }
        countrySets = PositionSets(valueCount: valueCount, count: count) { [countries] in $1(countries[$0]) }
        skillSets = PositionSets(valueCount: valueCount, count: count) { [skillCodes, skillStarts] position, visit in
            for index in Int(skillStarts[position])..<Int(skillStarts[position + 1]) { visit(skillCodes[index]) }
        }
        modeSets = PositionSets(valueCount: valueCount, count: count) { [modeCodes, modeStarts] position, visit in
            for index in Int(modeStarts[position])..<Int(modeStarts[position + 1]) { visit(modeCodes[index]) }
        }
    }

    /// A link table as per-position slices of codes.
    private static func links(_ table: String, _ column: String, _ index: inout ListingIndex, in db: Database) throws
        -> (starts: [Int32], codes: [Int32])
    {
        var byPosition = [[Int32]](repeating: [], count: index.count)
        let rows = try Row.fetchCursor(db, sql: "SELECT postingSeq, \(column) FROM \(table)")
        while let row = try rows.next() {
            guard let position = index.position(ofSeq: row[0]) else { continue }  // a duplicate's links
            byPosition[position].append(index.intern(row[1] as String))
        }
        var starts: [Int32] = [0]
        starts.reserveCapacity(index.count + 1)
        var codes: [Int32] = []
        for list in byPosition {
            codes += list
            starts.append(Int32(codes.count))
        }
        return (starts, codes)
    }

    /// The FTS5 expression for `query.text`; `nil` without words (or only words the tokenizer reads as
    /// separators, such as "ⓐ").
    static func textExpression(_ query: PostingQuery) -> String? {
        guard let text = query.text else { return nil }
        let expression = SQLiteFilter.matchExpression(SearchTerms(text))
        return expression.isEmpty ? nil : expression
    }

    /// The positions whose full text holds every word of the FTS5 `expression`.
    func textMatches(_ expression: String, in db: Database) throws -> PositionSet {
        var matches = PositionSet(capacity: count)
        let rows = try Int64.fetchCursor(
            db, sql: "SELECT rowid FROM postingText WHERE postingText MATCH ?", arguments: [expression])
        while let seq = try rows.next() {
            if let position = position(ofSeq: seq) { matches.insert(position) }
        }
        return matches
    }
}
