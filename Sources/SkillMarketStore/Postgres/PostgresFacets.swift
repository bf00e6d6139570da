import Logging
import PostgresNIO
import SkillMarketCore

/// Counts per filter value among the distinct postings matching a query, one round trip per group of
/// dimensions that share a filter (`FacetDimension.groups`: one when the query filters on no facet).
///
/// Each facet lists at most `StoreLimits.facetValues` values, count descending then value in byte
/// order; postings without a value (no role, country or company) are not counted. Each dimension
/// ignores its own filter.
enum PostgresFacets {
    static func facets(matching query: PostingQuery, client: PostgresClient, logger: Logger) async throws -> Facets {
        var counts: [FacetDimension: [Facets.Count]] = [:]
        for group in FacetDimension.groups(for: query) {
            let statement = self.statement(group.query, group.dimensions)
            for try await (kind, value, n) in try await client.query(statement.query, logger: logger).decode(
                (Int, String, Int).self)
            {
                guard let dimension = FacetDimension(rawValue: kind) else { continue }
                counts[dimension, default: []].append(Facets.Count(value: value, postings: n))
            }
        }
        for (dimension, list) in counts {
            counts[dimension] = list.sorted {
                $0.postings != $1.postings
                    ? $0.postings > $1.postings : $0.value.utf8.lexicographicallyPrecedes($1.value.utf8)
            }
        }
        return Facets(counts)
    }

    /// One statement counting `dimensions` over the postings matching `query`.
    private static func statement(_ query: PostingQuery, _ dimensions: [FacetDimension]) -> PostgresStatement {
        var statement = PostgresStatement(
            "WITH f AS MATERIALIZED (SELECT p.id, p.role, p.seniority, p.country, p.company FROM posting p")
        PostgresFilter.appendWhere(query, to: &statement)
        statement.append(") ")
        statement.append(
            dimensions.map { dimension in
                let (value, from) = source(dimension)
                return "(SELECT \(dimension.rawValue) AS kind, \(value) AS value, count(*) AS n FROM \(from) GROUP BY 2"
                    + " ORDER BY n DESC, value LIMIT \(StoreLimits.facetValues))"
            }.joined(separator: " UNION ALL "))
        return statement
    }

    private static func source(_ dimension: FacetDimension) -> (value: String, from: String) {
        switch dimension {
        case .role: ("f.role", "f WHERE f.role IS NOT NULL")
        case .skill: ("s.skill", #"f JOIN "postingSkill" s ON s."postingId" = f.id"#)
        case .seniority: ("f.seniority", "f")
        case .country: ("f.country", "f WHERE f.country IS NOT NULL")
        case .workMode: (#"w."workMode""#, #"f JOIN "postingWorkMode" w ON w."postingId" = f.id"#)
        case .company: ("f.company", "f WHERE f.company IS NOT NULL")
        }
    }
}
