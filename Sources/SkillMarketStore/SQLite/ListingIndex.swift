import SkillMarketCore

/// The filterable columns of every distinct (non-duplicate) posting of one store generation, in memory and
/// in listing order (`posted DESC, id DESC`), so a search's total, its page positions and its facet counts
/// are one pass over plain arrays instead of SQL scans with a row lookup per candidate.
///
/// Text is interned: `role`, `seniority`, `country`, `company`, skills and work modes hold codes into
/// `values`. A posting's skills and work modes are slices of flat code arrays. Full-text matches come from
/// the FTS5 index as a set of positions (`TextMatches`). Built by `ListingIndex.load` (about 0.5 s for
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
    /// Positions by role, country, skill and work mode: where a filtered pass starts.
    var roleLists = PositionLists()
    var countryLists = PositionLists()
    var skillLists = PositionLists()
    var modeLists = PositionLists()
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
typealias TextMatches = [Bool]?

extension ListingIndex {
    /// A `PostingQuery`'s filters in codes; `matches` tests one position.
    struct Filter {
        var role: Int32?
        var seniority: Int32?
        var country: Int32?
        var company: Int32?
        var skills: [Int32] = []
        var workMode: Int32?
        var minSalary: Int64?
        var postedSince: String?
        var text: [Bool]?
        /// A filter value no posting has: nothing matches.
        var matchesNothing = false
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

    func matches(_ position: Int, _ filter: Filter) -> Bool {
        if let role = filter.role, roles[position] != role { return false }
        if let seniority = filter.seniority, seniorities[position] != seniority { return false }
        if let country = filter.country, countries[position] != country { return false }
        if let company = filter.company, companies[position] != company { return false }
        if let minimum = filter.minSalary, usdAnnualMax[position] == Int64.min || usdAnnualMax[position] < minimum {
            return false
        }
        if let since = filter.postedSince, posted[position].utf8.lexicographicallyPrecedes(since.utf8) { return false }
        if let text = filter.text, !text[position] { return false }
        if let mode = filter.workMode, !contains(modeCodes, modeStarts, position, mode) { return false }
        for skill in filter.skills where !contains(skillCodes, skillStarts, position, skill) { return false }
        return true
    }

    /// Calls `body` with every matching position, in listing order. Visits only the positions of the
    /// filter's rarest role, country, skill or work mode when it has one, else every position.
    func forEachMatch(_ filter: Filter, _ body: (Int) -> Void) {
        guard !filter.matchesNothing else { return }
        if let candidates = narrowestCandidates(filter) {
            for position in candidates where matches(Int(position), filter) { body(Int(position)) }
        } else {
            for position in 0..<count where matches(position, filter) { body(position) }
        }
    }

    /// The shortest position list among the filter's values that have one; `nil` without such a filter.
    private func narrowestCandidates(_ filter: Filter) -> ArraySlice<Int32>? {
        var narrowest: ArraySlice<Int32>?
        func consider(_ list: ArraySlice<Int32>) {
            if list.count < narrowest?.count ?? Int.max { narrowest = list }
        }
        if let role = filter.role { consider(roleLists.positions(of: role)) }
        if let country = filter.country { consider(countryLists.positions(of: country)) }
        if let mode = filter.workMode { consider(modeLists.positions(of: mode)) }
        for skill in filter.skills { consider(skillLists.positions(of: skill)) }
        return narrowest
    }

    private func contains(_ codes: [Int32], _ starts: [Int32], _ position: Int, _ code: Int32) -> Bool {
        for index in Int(starts[position])..<Int(starts[position + 1]) where codes[index] == code { return true }
        return false
    }
}
