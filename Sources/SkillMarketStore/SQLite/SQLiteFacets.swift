import GRDB
import SkillMarketCore

/// Facet counts: for each dimension, the top `StoreLimits.facetValues` values among matching distinct
/// postings, count descending then value (byte order). Each dimension ignores its own filter
/// (`FacetDimension`).
enum SQLiteFacets {
    static func facets(matching query: PostingQuery, in db: Database) throws -> Facets {
        var counts: [FacetDimension: [Facets.Count]] = [:]
        for dimension in FacetDimension.allCases {
            let filter = SQLiteFilter(dimension.query(ignoringOwnFilterOf: query))
            counts[dimension] = try self.counts(sql(dimension, filter), filter, in: db)
        }
        return Facets(counts)
    }

    private static func sql(_ dimension: FacetDimension, _ filter: SQLiteFilter) -> String {
        func column(_ name: String) -> String {
            "SELECT p.\(name) AS value, COUNT(*) AS n FROM posting p WHERE \(filter.sql) AND p.\(name) IS NOT NULL "
                + "GROUP BY p.\(name)"
        }
        func link(_ table: String, _ name: String) -> String {
            "SELECT l.\(name) AS value, COUNT(*) AS n FROM \(table) l JOIN posting p ON p.seq = l.postingSeq "
                + "WHERE \(filter.sql) GROUP BY l.\(name)"
        }
        switch dimension {
        case .role: return column("role")
        case .skill: return link("postingSkill", "skill")
        case .seniority: return column("seniority")
        case .country: return column("country")
        case .workMode: return link("postingWorkMode", "workMode")
        case .company: return column("company")
        }
    }

    private static func counts(_ sql: String, _ filter: SQLiteFilter, in db: Database) throws -> [Facets.Count] {
        var arguments = filter.arguments
        arguments += [StoreLimits.facetValues]
        return try Row.fetchAll(db, sql: sql + " ORDER BY n DESC, value LIMIT ?", arguments: arguments).map {
            Facets.Count(value: try $0.decode(forColumn: "value"), postings: try $0.decode(forColumn: "n"))
        }
    }
}
