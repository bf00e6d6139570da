import SkillMarketCore
import SkillMarketStore
import Testing

/// Reading `--db postgres://…` (no server needed).
@Suite("PostgreSQL URL")
struct PostgresURLTests {
    struct URLCase: Sendable, CustomTestStringConvertible {
        let text: String
        let host: String
        let port: Int
        let user: String
        let password: String?
        let database: String
        let tls: PostgresURL.TLSMode
        let schema: String?
        var testDescription: String { text }
    }

    @Test(arguments: [
        URLCase(
            text: "postgres://postgres@127.0.0.1:55432/skillmarket_test", host: "127.0.0.1", port: 55432,
            user: "postgres", password: nil, database: "skillmarket_test", tls: .disable, schema: nil),
        URLCase(
            text: "postgresql://app:s%40cret%2F1@db.example.com/market", host: "db.example.com", port: 5432,
            user: "app", password: "s@cret/1", database: "market", tls: .prefer, schema: nil),
        URLCase(
            text: "postgres://app@db.example.com:6543/market?sslmode=disable", host: "db.example.com", port: 6543,
            user: "app", password: nil, database: "market", tls: .disable, schema: nil),
        URLCase(
            text: "postgres://localhost/market?sslmode=require&schema=board_2", host: "localhost", port: 5432,
            user: "postgres", password: nil, database: "market", tls: .require, schema: "board_2"),
        URLCase(
            text: "postgres://u:p@[::1]:5433", host: "::1", port: 5433, user: "u", password: "p", database: "u",
            tls: .disable, schema: nil),
    ])
    func readsURL(_ c: URLCase) throws {
        let url = try PostgresURL(c.text)
        #expect(url.host == c.host)
        #expect(url.port == c.port)
        #expect(url.user == c.user)
        #expect(url.password == c.password)
        #expect(url.database == c.database)
        #expect(url.tlsMode == c.tls)
        #expect(url.schema == c.schema)
    }

    @Test(
        "unusable URLs are errors that say what is wrong",
        arguments: [
            "mysql://db/x", "postgres://", "postgres:///db", "postgres://db/x?sslmode=sometimes",
            "postgres://db/x?schema=a;drop", "postgres://db/x?schema=1abc", "postgres://db/x?timeout=5",
        ])
    func rejectsURL(_ text: String) {
        #expect(throws: PostgresStoreError.self) { try PostgresURL(text) }
    }

    @Test("a server that is not there makes isHealthy false and calls throw, without hanging")
    func unreachableServer() async throws {
        // Port 9 (discard) on loopback: nothing listens there
        let store = try PostgresRepository(url: "postgres://postgres@127.0.0.1:9/none")
        #expect(await store.isHealthy() == false)
        await store.shutdown()
        await #expect(throws: (any Error).self) { try await store.postings(matching: PostingQuery()) }
    }
}
