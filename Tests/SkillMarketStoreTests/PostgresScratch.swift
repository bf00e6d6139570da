import Foundation
import PostgresNIO
import SkillMarketCore
import Testing

@testable import SkillMarketStore

/// The test server from `SKILLMARKET_POSTGRES_URL` (start one with `scripts/postgres-test-server`).
enum PostgresTestServer {
    static let url = ProcessInfo.processInfo.environment["SKILLMARKET_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isAvailable = url != nil
    static let skipMessage = Comment(
        rawValue: "SKILLMARKET_POSTGRES_URL is not set: PostgreSQL store tests skipped "
            + "(run `export SKILLMARKET_POSTGRES_URL=$(scripts/postgres-test-server)` to enable them)")
}

/// Fresh, uniquely named schemas on the test server, each with its own repository; `dropAll()` removes them.
actor PostgresScratch {
    private var made: [(schema: String, repository: PostgresRepository)] = []

    /// A repository over a new, empty, migrated schema.
    func makeRepository() async throws -> PostgresRepository {
        let schema = "smtest_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(16)
        let repository = try repository(schema: String(schema))
        try await repository.migrate()
        made.append((String(schema), repository))
        return repository
    }

    /// Another repository (its own connection pool) over an existing schema; not migrated yet.
    func repository(schema: String) throws -> PostgresRepository {
        let base = try #require(PostgresTestServer.url)
        let repository = try PostgresRepository(url: base + (base.contains("?") ? "&" : "?") + "schema=" + schema)
        made.append((schema, repository))
        return repository
    }

    /// Runs `sql` (test-made text only) on the scratch schema's connection pool.
    func execute(_ sql: String, on repository: PostgresRepository) async throws {
        try await repository.client.query(PostgresQuery(unsafeSQL: sql))
    }

    /// Drops every schema made here and shuts every repository down.
    func dropAll() async {
        for (schema, repository) in made.reversed() {
            _ = try? await repository.client.query(PostgresQuery(unsafeSQL: "DROP SCHEMA IF EXISTS \(schema) CASCADE"))
            await repository.shutdown()
        }
        made = []
    }

    /// Runs `body` with a fresh scratch, dropping it afterwards whether `body` throws or not.
    static func with<T: Sendable>(_ body: (PostgresScratch) async throws -> T) async throws -> T {
        let scratch = PostgresScratch()
        do {
            let result = try await body(scratch)
            await scratch.dropAll()
            return result
        } catch {
            await scratch.dropAll()
            throw error
        }
    }
}
