import GRDB
import SkillMarketCore
import SkillMarketStore
import Testing

@Suite("SQLite migrations")
struct SQLiteMigrationTests {
    /// The secondary indexes of schema v2 that v3 drops (the listing index filters in memory instead).
    static let droppedIndexes = [
        "postingByRole": "posting(role, posted, id)", "postingByCountry": "posting(country, posted, id)",
        "postingByCompany": "posting(company, posted, id)", "postingByUSDAnnualMax": "posting(usdAnnualMax)",
        "postingSkillBySkill": "postingSkill(skill, postingSeq)",
        "postingWorkModeByMode": "postingWorkMode(workMode, postingSeq)",
    ]

    @Test("a v2 database upgrades to v3 with its postings, searches and writes intact")
    func upgradeFromV2() async throws {
        // Given a store rolled back to schema v2: its indexes back, v3 not yet recorded
        let path = temporaryDatabasePath()
        defer { removeDatabase(path) }
        let corpus = ConformanceFixtures.filterCorpus
        _ = try await SQLiteRepository(path: path).upsert(corpus)
        let raw = try DatabaseQueue(path: path)
        try await raw.write { db in
            for (name, target) in Self.droppedIndexes { try db.execute(sql: "CREATE INDEX \(name) ON \(target)") }
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v3:%'")
        }
        // When it is opened
        let upgraded = try SQLiteRepository(path: path)
        // Then the indexes are gone, v3 is recorded, and the postings read and write as before
        let (indexes, migrations) = try await raw.read { db in
            (
                try String.fetchSet(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations WHERE identifier LIKE 'v3:%'")
            )
        }
        #expect(indexes.isDisjoint(with: Self.droppedIndexes.keys))
        #expect(indexes.contains("postingByPosted"))
        #expect(migrations.count == 1)
        #expect(try await upgraded.postings(matching: PostingQuery()).total == corpus.count - 1)
        #expect(try await upgraded.upsert(corpus) == UpsertCounts(unchanged: corpus.count))
        let role = try #require(corpus.first?.facts.role)
        let byRole = corpus.filter { $0.facts.role == role && $0.facts.duplicateOf == nil }
        #expect(try await upgraded.postings(matching: PostingQuery(role: role)).total == byRole.count)
    }
}
