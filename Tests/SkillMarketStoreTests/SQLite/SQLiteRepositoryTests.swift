import Foundation
import GRDB
import SkillMarketCore
import SkillMarketStore
import Testing

/// A fresh file path in the temporary directory (WAL and SHM files sit beside it).
func temporaryDatabasePath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("skillmarket-\(UUID().uuidString).sqlite").path
}

@Suite("SQLite repository")
struct SQLiteRepositoryTests {
    @Test("an in-memory store passes the repository conformance suite", arguments: RepositoryConformance.Check.allCases)
    func inMemory(_ check: RepositoryConformance.Check) async throws {
        try await RepositoryConformance(make: { try SQLiteRepository.inMemory() }).run(check)
    }

    @Test("a file store passes the repository conformance suite", arguments: RepositoryConformance.Check.allCases)
    func file(_ check: RepositoryConformance.Check) async throws {
        let path = temporaryDatabasePath()
        defer { removeDatabase(path) }
        try await RepositoryConformance(make: { try SQLiteRepository(path: path) }).run(check)
    }

    @Test("a batch that fails midway leaves no rows of it behind")
    func failedBatchIsRolledBack() async throws {
        // Given a file store holding one batch, and a trigger that rejects one posting of the next batch
        let path = temporaryDatabasePath()
        defer { removeDatabase(path) }
        let store = try SQLiteRepository(path: path)
        let first = [ConformanceFixtures.posting("kept", modes: [.remote], skills: ["Python"])]
        _ = try await store.upsert(first)
        let saboteur = try DatabaseQueue(path: path)
        try await saboteur.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER poison BEFORE INSERT ON posting WHEN new.id = 'poison'
                    BEGIN SELECT RAISE(ABORT, 'poisoned'); END
                    """)
        }
        var changed = first[0]
        changed.facts.title = "Changed title"
        let batch = [
            changed, ConformanceFixtures.posting("a", skills: ["Go"], description: "alpha words"),
            ConformanceFixtures.posting("b", skills: ["Rust"]), ConformanceFixtures.posting("poison"),
            ConformanceFixtures.posting("c"),
        ]
        // When the batch is written
        await #expect(throws: (any Error).self) { try await store.upsert(batch) }
        // Then the store holds exactly the first batch: rows, links, and full text
        #expect(try await store.postings(matching: PostingQuery()).postings.map(\.facts.id.rawValue) == ["kept"])
        #expect(try await store.posting(id: PostingID("kept")) == first[0])
        #expect(try await store.postings(matching: PostingQuery(text: "alpha")).total == 0)
        #expect(try await store.postings(matching: PostingQuery(text: "changed")).total == 0)
        let tables = try await saboteur.read { db in
            try ["posting", "postingBody", "postingSkill", "postingFamily", "postingWorkMode"].map {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1
            }
        }
        #expect(tables == [1, 1, 1, 0, 1])
        // FTS5 checks its index against the posting table
        try await saboteur.write { db in
            try db.execute(sql: "INSERT INTO postingText(postingText, rank) VALUES ('integrity-check', 1)")
        }
        // And the same batch goes through once the obstacle is gone
        try await saboteur.write { db in try db.execute(sql: "DROP TRIGGER poison") }
        #expect(try await store.upsert(batch) == UpsertCounts(new: 4, updated: 1))
    }

    @Test("a file store reopens with its postings and migrations applied once")
    func reopen() async throws {
        let path = temporaryDatabasePath()
        defer { removeDatabase(path) }
        let corpus = ConformanceFixtures.filterCorpus
        _ = try await SQLiteRepository(path: path).upsert(corpus)
        let reopened = try SQLiteRepository(path: path)
        #expect(try await reopened.upsert(corpus) == UpsertCounts(unchanged: corpus.count))
        #expect(try await reopened.postings(matching: PostingQuery()).total == corpus.count - 1)
        #expect(await reopened.isHealthy())
    }

    @Test("a file that is not a database is reported, not crashed on")
    func notADatabase() throws {
        let path = temporaryDatabasePath()
        defer { removeDatabase(path) }
        try Data("this is not sqlite, just text that is long enough to be read as a header".utf8)
            .write(to: URL(fileURLWithPath: path))
        #expect(throws: (any Error).self) { try SQLiteRepository(path: path) }
    }
}

func removeDatabase(_ path: String) {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}
