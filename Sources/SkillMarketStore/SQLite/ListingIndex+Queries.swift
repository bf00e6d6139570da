import SkillMarketCore

extension ListingIndex {
    /// Every match counted, and the positions of up to `limit` matches after `cursor` (all, without one).
    /// Without company, salary or date filters the count is the candidates' population count, and only the
    /// page's positions are visited.
    func page(_ filter: Filter, after cursor: PostingCursor?, limit: Int) -> (total: Int, positions: [Int]) {
        let start = cursor.map(firstPosition(after:)) ?? 0
        var positions: [Int] = []
        guard !filter.matchesNothing else { return (0, []) }
        guard filter.hasUnindexed else {
            guard let matching = candidates(filter) else { return (count, Array(start..<min(count, start + limit))) }
            if limit > 0 {
                matching.forEach(from: start) { position in
                    positions.append(position)
                    return positions.count < limit
                }
            }
            return (matching.count, positions)
        }
        var total = 0
        forEachMatch(filter, from: 0) { position in
            total += 1
            if position >= start, positions.count < limit { positions.append(position) }
            return true
        }
        return (total, positions)
    }

    /// Facet counts, each dimension under every filter of `query` but its own (`FacetDimension`): the top
    /// `StoreLimits.facetValues` values, count descending then value (byte order).
    func facets(matching query: PostingQuery, text: TextMatches) -> Facets {
        var result: [FacetDimension: [Facets.Count]] = [:]
        for group in FacetDimension.groups(for: query) {
            var counts = group.dimensions.map { _ in [Int](repeating: 0, count: values.count) }
            forEachMatch(filter(group.query, text: text)) { position in
                for (slot, dimension) in group.dimensions.enumerated() {
                    tally(dimension, at: position, into: &counts[slot])
                }
            }
            for (slot, dimension) in group.dimensions.enumerated() { result[dimension] = top(counts[slot]) }
        }
        return Facets(result)
    }

    private func tally(_ dimension: FacetDimension, at position: Int, into counts: inout [Int]) {
        func add(_ code: Int32) { if code != Self.none { counts[Int(code)] += 1 } }
        switch dimension {
        case .role: add(roles[position])
        case .seniority: add(seniorities[position])
        case .country: add(countries[position])
        case .company: add(companies[position])
        case .skill: for index in Int(skillStarts[position])..<Int(skillStarts[position + 1]) { add(skillCodes[index]) }
        case .workMode: for index in Int(modeStarts[position])..<Int(modeStarts[position + 1]) { add(modeCodes[index]) }
        }
    }

    private func top(_ counts: [Int]) -> [Facets.Count] {
        counts.indices.filter { counts[$0] > 0 }
            .map { Facets.Count(value: values[$0], postings: counts[$0]) }
            .sorted {
                $0.postings != $1.postings
                    ? $0.postings > $1.postings : $0.value.utf8.lexicographicallyPrecedes($1.value.utf8)
            }
            .prefix(StoreLimits.facetValues).map { $0 }
    }
}
