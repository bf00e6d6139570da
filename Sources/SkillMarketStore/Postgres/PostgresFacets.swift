import Logging
import PostgresNIO
import SkillMarketCore

/// Counts per filter value among the distinct postings matching a query, in one round trip.
///
/// Each facet lists at most `StoreLimits.facetValues` values, count descending then value in byte
/// order; postings without a value (no role, country or company) are not counted.
enum PostgresFacets {
    private enum Kind: Int, CaseIterable {
        case role, skill, seniority, country, workMode, company
    }

    static func facets(matching query: PostingQuery, client: PostgresClient, logger: Logger) async throws -> Facets {
        var statement = PostgresStatement(
            "WITH f AS MATERIALIZED (SELECT p.id, p.role, p.seniority, p.country, p.company FROM posting p")
        PostgresFilter.appendWhere(query, to: &statement)
        statement.append(") ")
        let sources: [(Kind, value: String, from: String)] = [
            (.role, "f.role", "f WHERE f.role IS NOT NULL"),
            (.skill, "s.skill", #"f JOIN "postingSkill" s ON s."postingId" = f.id"#),
            (.seniority, "f.seniority", "f"),
            (.country, "f.country", "f WHERE f.country IS NOT NULL"),
            (.workMode, #"w."workMode""#, #"f JOIN "postingWorkMode" w ON w."postingId" = f.id"#),
            (.company, "f.company", "f WHERE f.company IS NOT NULL"),
        ]
        statement.append(
            sources.map { kind, value, from in
                "(SELECT \(kind.rawValue) AS kind, \(value) AS value, count(*) AS n FROM \(from) GROUP BY 2"
                    + " ORDER BY n DESC, value LIMIT \(StoreLimits.facetValues))"
            }.joined(separator: " UNION ALL "))

        var counts: [Kind: [Facets.Count]] = [:]
        for try await (kind, value, n) in try await client.query(statement.query, logger: logger).decode(
            (Int, String, Int).self)
        {
            guard let kind = Kind(rawValue: kind) else { continue }
            counts[kind, default: []].append(Facets.Count(value: value, postings: n))
        }
        func sorted(_ kind: Kind) -> [Facets.Count] {
            (counts[kind] ?? []).sorted {
                $0.postings != $1.postings
                    ? $0.postings > $1.postings : $0.value.utf8.lexicographicallyPrecedes($1.value.utf8)
            }
        }
        return Facets(
            roles: sorted(.role), skills: sorted(.skill), seniority: sorted(.seniority), countries: sorted(.country),
            workModes: sorted(.workMode), companies: sorted(.company))
    }
}
