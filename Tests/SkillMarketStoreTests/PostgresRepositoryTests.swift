import Foundation
import PostgresNIO
import SkillMarketCore
import Testing

@testable import SkillMarketStore

/// The PostgreSQL store against a live server; each test works in its own new schema.
@Suite("PostgreSQL repository", .enabled(if: PostgresTestServer.isAvailable, PostgresTestServer.skipMessage))
struct PostgresRepositoryTests {
    @Test("passes the repository conformance suite", arguments: RepositoryConformance.Check.allCases)
    func conforms(_ check: RepositoryConformance.Check) async throws {
        try await PostgresScratch.with { scratch in
            try await RepositoryConformance(make: { try await scratch.makeRepository() }).run(check)
        }
    }

    @Test("migrations run twice, or by a second process, are a no-op")
    func migrationsAreIdempotent() async throws {
        try await PostgresScratch.with { scratch in
            // Given a schema migrated once
            let schema = "smtest_migrate_" + UUID().uuidString.prefix(8).lowercased()
            let first = try await scratch.repository(schema: schema)
            #expect(try await first.migrate() == PostgresMigrations.all.map(\.version))
            _ = try await first.upsert([ConformanceFixtures.posting("kept", skills: ["Python"])])
            // When it migrates again, and another repository starts on it, both at once
            let second = try await scratch.repository(schema: schema)
            async let again = first.migrate()
            async let other = second.migrate()
            // Then nothing runs, and the data is untouched
            #expect(try await again == [])
            #expect(try await other == [])
            #expect(try await second.postings(matching: PostingQuery()).total == 1)
            var versions: [Int] = []
            for try await version in try await first.client.query(#"SELECT version FROM "schemaMigration""#)
                .decode(Int.self)
            {
                versions.append(version)
            }
            #expect(versions == PostgresMigrations.all.map(\.version))
        }
    }

    @Test("concurrent upserts of overlapping batches from two tasks end consistent")
    func concurrentOverlappingUpserts() async throws {
        try await PostgresScratch.with { scratch in
            // Given two repositories (two connection pools) on one schema
            let left = try await scratch.makeRepository()
            let schema = try #require(await scratch.schemaOf(left))
            let right = try await scratch.repository(schema: schema)
            // And two writers whose batches overlap on ids 300..<900, with different content there
            func version(_ index: Int, writer: String) -> StoredPosting {
                ConformanceFixtures.posting(
                    "c-\(1_000 + index)", title: "Engineer \(writer)",
                    skills: [writer == "L" ? "Python" : "Go", "SQL"],
                    posted: "2026-06-\(10 + index % 9)", description: "Written by \(writer).")
            }
            let leftBatches = stride(from: 0, to: 900, by: 150).map { start in
                (start..<start + 150).map { version($0, writer: "L") }
            }
            let rightBatches = stride(from: 300, to: 1_200, by: 150).map { start in
                (start..<start + 150).reversed().map { version($0, writer: "R") }
            }
            // When both write all their batches at the same time
            async let leftCounts = Self.write(leftBatches, to: left)
            async let rightCounts = Self.write(rightBatches, to: right)
            let counts = [try await leftCounts, try await rightCounts]
            // Then every id is stored once, as one writer's whole version (row and skills agree)
            #expect(counts.map(\.new).reduce(0, +) == 1_200)
            #expect(counts.map { $0.new + $0.updated + $0.unchanged }.reduce(0, +) == 1_800)
            let listed = try await left.postings(matching: PostingQuery(limit: 100))
            #expect(listed.total == 1_200)
            for index in [0, 299, 300, 450, 899, 900, 1_199] {
                let stored = try #require(try await right.posting(id: PostingID("c-\(1_000 + index)")))
                #expect(stored == version(index, writer: "L") || stored == version(index, writer: "R"), "c-\(index)")
            }
            let facets = try await left.facets(matching: PostingQuery())
            let python = facets.skills.first { $0.value == "Python" }?.postings ?? 0
            let go = facets.skills.first { $0.value == "Go" }?.postings ?? 0
            #expect(python + go == 1_200)
            #expect(facets.skills.first { $0.value == "SQL" }?.postings == 1_200)
            #expect(try await left.postings(matching: PostingQuery(text: "written")).total == 1_200)
        }
    }

    @Test("a batch that fails midway leaves no rows of it behind")
    func failedBatchIsRolledBack() async throws {
        try await PostgresScratch.with { scratch in
            // Given a store holding one batch, and a trigger that rejects one posting of the next batch
            let store = try await scratch.makeRepository()
            let first = [ConformanceFixtures.posting("kept", modes: [.remote], skills: ["Python"])]
            _ = try await store.upsert(first)
            try await scratch.execute(
                """
                CREATE FUNCTION poison() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF NEW.id = 'poison' THEN RAISE EXCEPTION 'poisoned'; END IF; RETURN NEW; END $$
                """, on: store)
            try await scratch.execute(
                "CREATE TRIGGER poison BEFORE INSERT ON posting FOR EACH ROW EXECUTE FUNCTION poison()", on: store)
            var changed = first[0]
            changed.facts.title = "Changed title"
            let batch = [
                changed, ConformanceFixtures.posting("a", skills: ["Go"], description: "alpha words"),
                ConformanceFixtures.posting("poison"), ConformanceFixtures.posting("z"),
            ]
            // When the batch is written
            await #expect(throws: (any Error).self) { try await store.upsert(batch) }
            // Then the store holds exactly the first batch: rows, links and full text
            #expect(try await store.postings(matching: PostingQuery()).postings.map(\.facts.id.rawValue) == ["kept"])
            #expect(try await store.posting(id: PostingID("kept")) == first[0])
            #expect(try await store.postings(matching: PostingQuery(text: "alpha")).total == 0)
            #expect(try await store.postings(matching: PostingQuery(skills: [SkillName("Go")])).total == 0)
        }
    }

    private static func write(_ batches: [[StoredPosting]], to store: PostgresRepository) async throws -> UpsertCounts {
        var total = UpsertCounts()
        for batch in batches {
            let counts = try await store.upsert(batch)
            total.new += counts.new
            total.updated += counts.updated
            total.unchanged += counts.unchanged
        }
        return total
    }
}

extension PostgresScratch {
    /// The schema `repository` was made for.
    func schemaOf(_ repository: PostgresRepository) -> String? { repository.schemaName }
}
