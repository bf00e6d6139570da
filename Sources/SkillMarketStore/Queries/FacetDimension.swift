import SkillMarketCore

/// A facet of `Facets`, and the filter of a `PostingQuery` that narrows it.
///
/// Standard faceted search: a dimension's counts honour every filter of the query except its own, so
/// choosing `role=X` still shows how many postings the other roles would give (their counts under the
/// other filters), while every other dimension counts only role X.
enum FacetDimension: Int, CaseIterable, Sendable {
    case role, skill, seniority, country, workMode, company

    /// `query` without this dimension's filter (all `skills` for `.skill`), cursor and limit cleared.
    func query(ignoringOwnFilterOf query: PostingQuery) -> PostingQuery {
        var result = query
        result.cursor = nil
        result.limit = PostingQuery.defaultLimit
        switch self {
        case .role: result.role = nil
        case .skill: result.skills = []
        case .seniority: result.seniority = nil
        case .country: result.country = nil
        case .workMode: result.workMode = nil
        case .company: result.company = nil
        }
        return result
    }

    /// The dimensions grouped by the query their counts use: one group for every dimension `query` does not
    /// filter on, plus one per dimension it does. Each group can be counted from one filtered set.
    static func groups(for query: PostingQuery) -> [(query: PostingQuery, dimensions: [FacetDimension])] {
        var groups: [(query: PostingQuery, dimensions: [FacetDimension])] = []
        for dimension in allCases {
            let narrowed = dimension.query(ignoringOwnFilterOf: query)
            if let index = groups.firstIndex(where: { $0.query == narrowed }) {
                groups[index].dimensions.append(dimension)
            } else {
                groups.append((narrowed, [dimension]))
            }
        }
        return groups
    }
}

extension Facets {
    /// Facets from counts per dimension (missing dimensions are empty).
    init(_ counts: [FacetDimension: [Facets.Count]]) {
        self.init(
            roles: counts[.role] ?? [], skills: counts[.skill] ?? [], seniority: counts[.seniority] ?? [],
            countries: counts[.country] ?? [], workModes: counts[.workMode] ?? [], companies: counts[.company] ?? [])
    }
}
