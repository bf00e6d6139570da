import SkillMarketCore

/// The filterable columns of every distinct (non-duplicate) posting of one store generation, in memory and
/// in listing order (`posted DESC, id DESC`), so a search's total, its page positions and its facet counts
/// are one pass over plain arrays instead of SQL scans with a row lookup per candidate.
///
/// Text is interned: `role`, `seniority`, `country`, `company`, skills and work modes hold codes into
/// `values`. A posting's skills and work modes are slices of flat code arrays; each role, seniority, country,
/// skill and work mode also has its `PositionSet`. Full-text matches come from the FTS5 index as a
/// `PositionSet` (`TextMatches`). Built by `ListingIndex.load` (about 0.5 s for
/// 100,000 postings); a new generation needs a new index.
struct ListingIndex: Sendable {
    static let none: Int32 = -1

    let generation: Int64
    var seqs: [Int64] = []
    var ids: [String] = []
    var posted: [String] = []
    var roles: [Int32] = []
    var seniorities: [Int32] = []
    var countries: [Int32] = []
    var companies: [Int32] = []
    /// `Int64.min` for no USD salary.
    var usdAnnualMax: [Int64] = []
    /// Position `i`'s skills are `skillCodes[skillStarts[i]..<skillStarts[i + 1]]`; work modes and skill
    /// families likewise.
    var skillStarts: [Int32] = [0]
    var skillCodes: [Int32] = []
    var modeStarts: [Int32] = [0]
    var modeCodes: [Int32] = []
    var familyStarts: [Int32] = [0]
    var familyCodes: [Int32] = []
    var values: [String] = []
    var codes: [String: Int32] = [:]
    /// Positions by role, seniority, country, skill and work mode: a filtered pass ANDs these sets.
    var roleSets = PositionSets()
    var senioritySets = PositionSets()
    var countrySets = PositionSets()
    var skillSets = PositionSets()
    var modeSets = PositionSets()
    /// The position of each `seq` (`none` for a duplicate's or a deleted row's): indexed by `seq`, which
    /// SQLite assigns densely from 1, so a lookup is an array read rather than a hash.
    var positionBySeq: [Int32] = []

    var count: Int { seqs.count }

    /// The listing position of the posting with `seq`, or `nil` when it is not listed.
    func position(ofSeq seq: Int64) -> Int? {
        guard seq >= 0, seq < Int64(positionBySeq.count) else { return nil }
        let position = positionBySeq[Int(seq)]
        return position == Self.none ? nil : Int(position)
    }

    /// The values of position `position`'s slice of a flat code list (`skillCodes`, `modeCodes`, ...).
    func values(_ codes: [Int32], _ starts: [Int32], at position: Int) -> [String] {
        (Int(starts[position])..<Int(starts[position + 1])).map { values[Int(codes[$0])] }
    }

    /// The code of `value`, or `none` for a value no posting has.
    func code(_ value: String?) -> Int32 {
        value.flatMap { codes[$0] } ?? Self.none
    }

    mutating func intern(_ value: String?) -> Int32 {
        guard let value else { return Self.none }
        if let code = codes[value] { return code }
        let code = Int32(values.count)
        values.append(value)
        codes[value] = code
        return code
    }

    /// The first position after `cursor` in listing order: the first whose `(posted, id)` sorts below it.
    func firstPosition(after cursor: PostingCursor) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if Self.sortsBelow(posted[middle], ids[middle], cursor.posted, cursor.id) {
                high = middle
            } else {
                low = middle + 1
            }
        }
        return low
    }

    /// `(posted, id) < (otherPosted, otherID)`, comparing UTF-8 bytes as SQLite's BINARY collation does.
    private static func sortsBelow(_ posted: String, _ id: String, _ otherPosted: String, _ otherID: String) -> Bool {
        if posted != otherPosted { return posted.utf8.lexicographicallyPrecedes(otherPosted.utf8) }
        return id.utf8.lexicographicallyPrecedes(otherID.utf8)
    }
}

/// Postings the full-text index matched, as listing positions; `nil` when the query has no words.
typealias TextMatches = PositionSet?

extension ListingIndex {
    /// A `PostingQuery`'s filters in codes; `forEachMatch` visits the positions that pass them.
    struct Filter {
        var role: Int32?
        var seniority: Int32?
        var country: Int32?
        var company: Int32?
        var skills: [Int32] = []
        var workMode: Int32?
        var minSalary: Int64?
        var postedSince: String?
        var text: PositionSet?
        /// A filter value no posting has: nothing matches.
        var matchesNothing = false

        /// Whether a filter without a `PositionSet` (company, salary, posted date) is set.
        var hasUnindexed: Bool { company != nil || minSalary != nil || postedSince != nil }
    }

    /// `query`'s filters (cursor and limit aside); `text` is the full-text result for `query.text`.
    func filter(_ query: PostingQuery, text: TextMatches) -> Filter {
        var unknown = false
        func required(_ value: String?) -> Int32? {
            guard let value else { return nil }
            let found = code(value)
            if found == Self.none { unknown = true }
            return found
        }
        let company = query.company.flatMap { $0.isEmpty ? nil : $0 }
        return Filter(
            role: required(query.role?.rawValue), seniority: required(query.seniority?.rawValue),
            country: required(query.country?.rawValue), company: required(company),
            skills: Set(query.skills).compactMap { required($0.rawValue) }, workMode: required(query.workMode?.rawValue),
            minSalary: query.minSalary, postedSince: query.postedSince?.description, text: text,
            matchesNothing: unknown)
    }

    /// Calls `body` with every matching position, in listing order.
    func forEachMatch(_ filter: Filter, _ body: (Int) -> Void) {
        forEachMatch(filter, from: 0) { position in
            body(position)
            return true
        }
    }

    /// Calls `body` with every matching position from `start` on, in listing order, until it returns `false`.
    /// Visits only the members of the filter's `candidates` when it has any, else every position.
    func forEachMatch(_ filter: Filter, from start: Int, _ body: (Int) -> Bool) {
        guard !filter.matchesNothing else { return }
        if let matching = candidates(filter) {
            matching.forEach(from: start) { position in !matchesUnindexed(position, filter) || body(position) }
        } else {
            for position in min(max(0, start), count)..<count where matchesUnindexed(position, filter) {
                guard body(position) else { return }
            }
        }
    }

    /// The positions holding every role, seniority, country, work-mode, skill and text value of `filter` (the
    /// intersection of their sets); `nil` when it has none of those filters.
    func candidates(_ filter: Filter) -> PositionSet? {
        var sets: [PositionSet?] = []
        if let role = filter.role { sets.append(roleSets.positions(of: role)) }
        if let seniority = filter.seniority { sets.append(senioritySets.positions(of: seniority)) }
        if let country = filter.country { sets.append(countrySets.positions(of: country)) }
        if let mode = filter.workMode { sets.append(modeSets.positions(of: mode)) }
        for skill in filter.skills { sets.append(skillSets.positions(of: skill)) }
        if let text = filter.text { sets.append(text) }
        guard let first = sets.first else { return nil }
        // A value interned for another dimension has no set here: no position holds it.
        var result = first ?? PositionSet(capacity: count)
        for set in sets.dropFirst() { result.formIntersection(set ?? PositionSet(capacity: count)) }
        return result
    }

    /// The company, minimum-salary and posted-since filters at `position`.
    private func matchesUnindexed(_ position: Int, _ filter: Filter) -> Bool {
        if let company = filter.company, companies[position] != company { return false }
        if let minimum = filter.minSalary, usdAnnualMax[position] == Int64.min || usdAnnualMax[position] < minimum {
            return false
        }
        if let since = filter.postedSince, posted[position].utf8.lexicographicallyPrecedes(since.utf8) { return false }
        return true
    }
}
