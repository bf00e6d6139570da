import SkillMarketCore

/// What one request asks for: the posting filters plus the report's `as_of` day.
struct BoardQuery: Sendable, Equatable {
    var filters: PostingQuery
    /// Only for reports: postings active on this day; all when `nil`.
    var asOf: Day?

    /// The query items that reproduce these filters (no cursor unless given), for shareable links.
    ///
    /// Order is fixed (SPEC order), so the same filters always give the same URL.
    func items(cursor: String? = nil, includingLimit: Bool = true) -> [QueryItem] {
        var items: [QueryItem] = []
        func add(_ name: String, _ value: String?) {
            if let value { items.append(QueryItem(name: name, value: value)) }
        }
        add("q", filters.text)
        add("role", filters.role?.rawValue)
        for skill in filters.skills { add("skill", skill.rawValue) }
        add("seniority", filters.seniority?.rawValue)
        add("country", filters.country?.rawValue)
        add("work_mode", filters.workMode?.rawValue)
        add("min_salary", filters.minSalary.map { String($0) })
        add("company", filters.company)
        add("posted_since", filters.postedSince?.description)
        add("as_of", asOf?.description)
        if includingLimit && filters.limit != PostingQuery.defaultLimit { add("limit", String(filters.limit)) }
        add("cursor", cursor)
        return items
    }

    /// `?…` for these filters, or "" when there are none.
    func queryString(cursor: String? = nil, includingLimit: Bool = true) -> String {
        let items = items(cursor: cursor, includingLimit: includingLimit)
        return items.isEmpty ? "" : "?" + QueryItems.encode(items)
    }
}
