import GRDB
import SkillMarketCore

/// Facet counts: for each dimension, the top `StoreLimits.facetValues` values among matching distinct
/// postings, count descending then value (byte order).
enum SQLiteFacets {
    static func facets(matching query: PostingQuery, in db: Database) throws -> Facets {
        let filter = SQLiteFilter(query)
        func column(_ name: String) throws -> [Facets.Count] {
            try counts(
                "SELECT p.\(name) AS value, COUNT(*) AS n FROM posting p WHERE \(filter.sql) AND p.\(name) IS NOT NULL "
                    + "GROUP BY p.\(name)", filter, in: db)
        }
        func link(_ table: String, _ name: String) throws -> [Facets.Count] {
            try counts(
                "SELECT l.\(name) AS value, COUNT(*) AS n FROM \(table) l JOIN posting p ON p.seq = l.postingSeq "
                    + "WHERE \(filter.sql) GROUP BY l.\(name)", filter, in: db)
        }
        return Facets(
            roles: try column("role"), skills: try link("postingSkill", "skill"), seniority: try column("seniority"),
            countries: try column("country"), workModes: try link("postingWorkMode", "workMode"),
            companies: try column("company"))
    }

    private static func counts(_ sql: String, _ filter: SQLiteFilter, in db: Database) throws -> [Facets.Count] {
        var arguments = filter.arguments
        arguments += [StoreLimits.facetValues]
        return try Row.fetchAll(db, sql: sql + " ORDER BY n DESC, value LIMIT ?", arguments: arguments).map {
            Facets.Count(value: try $0.decode(forColumn: "value"), postings: try $0.decode(forColumn: "n"))
        }
    }
}
