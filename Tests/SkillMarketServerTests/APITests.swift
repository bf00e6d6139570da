import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import SkillMarketCore
import Testing

@testable import SkillMarketServer

@Suite("JSON API")
struct APITests {
    /// Fetches `uri` and checks its body against the OpenAPI schema of `documentedPath`/status.
    private func expectDocumented(
        _ fetched: Fetched, path: String, status: Int, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let validator = try OpenAPIValidator(json: try #require(ServerAssets.bundled(logger: .init(label: "t")).openAPI))
        let schema = try validator.responseSchema(path: path, status: status)
        let value = try JSONSerialization.jsonObject(with: Data(fetched.body.utf8))
        #expect(fetched.status.code == status, sourceLocation: sourceLocation)
        #expect(fetched.header("Content-Type") == "application/json", sourceLocation: sourceLocation)
        let problems = validator.violations(of: value, against: schema)
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
    }

    @Test("every documented response matches the OpenAPI document")
    func responsesMatchOpenAPI() async throws {
        let app = try await ServerFixture.makeApplication(ServerFixture.market)
        try await app.test(.router) { client in
            try expectDocumented(try await client.get("/api/postings"), path: "/api/postings", status: 200)
            try expectDocumented(try await client.get("/api/postings?limit=2"), path: "/api/postings", status: 200)
            try expectDocumented(try await client.get("/api/postings?seniority=x"), path: "/api/postings", status: 400)
            try expectDocumented(try await client.get("/api/postings/p1"), path: "/api/postings/{id}", status: 200)
            try expectDocumented(try await client.get("/api/postings/p3"), path: "/api/postings/{id}", status: 200)
            try expectDocumented(try await client.get("/api/postings/nope"), path: "/api/postings/{id}", status: 404)
            try expectDocumented(try await client.get("/api/report"), path: "/api/report", status: 200)
            try expectDocumented(
                try await client.get("/api/report?role=machine-learning-engineer&as_of=2026-06-30"), path: "/api/report",
                status: 200)
            try expectDocumented(try await client.get("/api/report?as_of=June"), path: "/api/report", status: 400)
            try expectDocumented(try await client.get("/api/skills"), path: "/api/skills", status: 200)
            try expectDocumented(try await client.get("/api/skills?limit=999"), path: "/api/skills", status: 400)
            try expectDocumented(try await client.get("/healthz"), path: "/healthz", status: 200)
            try expectDocumented(try await client.get("/openapi.json"), path: "/openapi.json", status: 200)
        }
    }

    @Test("the OpenAPI document describes every API route")
    func documentListsRoutes() throws {
        let text = try #require(ServerAssets.bundled(logger: .init(label: "t")).openAPI)
        let validator = try OpenAPIValidator(json: text)
        #expect(validator.document["openapi"] as? String == "3.1.0")
        let paths = try #require(validator.document["paths"] as? [String: Any])
        #expect(
            Set(paths.keys) == [
                "/api/postings", "/api/postings/{id}", "/api/report", "/api/skills", "/healthz", "/metrics", "/openapi.json",
            ])
    }

    @Test("a posting is the extract object plus url")
    func postingFields() async throws {
        let posting = ServerFixture.posting("x1", salary: ServerFixture.usd(100_000, 120_000), url: "https://jobs.example/x1")
        let app = try await ServerFixture.makeApplication([posting])
        try await app.test(.router) { client in
            let json = try await client.get("/api/postings/x1").json()
            #expect(json["id"] as? String == "x1")
            #expect(json["url"] as? String == "https://jobs.example/x1")
            #expect(json["role"] as? String == "machine-learning-engineer")
            #expect(json["work_modes"] as? [String] == ["remote"])
            let salary = try #require(json["salary"] as? [String: Any])
            #expect((salary["annual_min"] as? NSNumber)?.intValue == 100_000)
            var extract = JSONWriter()
            posting.facts.writeJSON(to: &extract)
            let expectedKeys = try #require(
                try JSONSerialization.jsonObject(with: Data(extract.text.utf8)) as? [String: Any]
            ).keys
            #expect(Set(json.keys) == Set(expectedKeys).union(["url"]))
        }
    }

    @Test("filters narrow the postings; duplicates are never listed")
    func filters() async throws {
        let app = try await ServerFixture.makeApplication(ServerFixture.market)
        try await app.test(.router) { client in
            func ids(_ query: String) async throws -> [String] {
                let json = try await client.get("/api/postings" + query).json()
                let postings = try #require(json["postings"] as? [[String: Any]])
                #expect(json["total"] as? Int == postings.count)
                return postings.compactMap { $0["id"] as? String }
            }
            let everything = try await ids("")
            #expect(everything == ["p1", "p2", "p3", "p4", "p5"])
            #expect(try await ids("?role=data-scientist") == ["p3"])
            #expect(try await ids("?skill=Python&skill=pytorch") == ["p1", "p4"])
            #expect(try await ids("?seniority=entry") == ["p5"])
            #expect(try await ids("?country=gb") == ["p3"])
            #expect(try await ids("?work_mode=hybrid") == ["p2"])
            #expect(try await ids("?min_salary=200000") == ["p1", "p4"])
            #expect(try await ids("?company=Globex") == ["p2", "p5"])
            #expect(try await ids("?posted_since=2026-06-04") == ["p1", "p2"])
            #expect(try await ids("?q=analyst") == ["p5"])
            #expect(try await ids("?q=nothing+like+this") == [])
        }
    }

    @Test("cursor pagination walks every posting once, then next_cursor is null")
    func pagination() async throws {
        let postings = (1...7).map { ServerFixture.posting("q\($0)", day: $0) }
        let app = try await ServerFixture.makeApplication(postings)
        try await app.test(.router) { client in
            var seen: [String] = []
            var cursor: String?
            var pages = 0
            repeat {
                let uri = "/api/postings?limit=3&skill=Python" + (cursor.map { "&cursor=" + QueryItems.encodeComponent($0) } ?? "")
                let json = try await client.get(uri).json()
                #expect(json["total"] as? Int == 7)
                seen += (json["postings"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                cursor = json["next_cursor"] as? String
                #expect(cursor != nil || json["next_cursor"] is NSNull)
                pages += 1
            } while cursor != nil && pages < 10
            #expect(pages == 3)
            #expect(seen == ["q7", "q6", "q5", "q4", "q3", "q2", "q1"])
        }
    }

    @Test(
        "bad parameters answer 400 with a JSON error naming the parameter",
        arguments: [
            ("/api/postings?seniority=godlike", "seniority"), ("/api/postings?posted_since=2026-13-01", "posted_since"),
            ("/api/postings?min_salary=lots", "min_salary"), ("/api/postings?limit=0", "limit"),
            ("/api/postings?limit=500", "limit"), ("/api/postings?work_mode=moon", "work_mode"),
            ("/api/report?as_of=soon", "as_of"), ("/api/report?role=astronaut", "role"),
            ("/api/skills?country=Narnia", "country"), ("/api/postings?cursor=%22%3E", "cursor"),
        ])
    func badParameters(_ uri: String, _ parameter: String) async throws {
        let app = try await ServerFixture.makeApplication([])
        try await app.test(.router) { client in
            let response = try await client.get(uri)
            #expect(response.status == .badRequest)
            let json = try response.json()
            #expect(json["parameter"] as? String == parameter)
            #expect((json["error"] as? String)?.isEmpty == false)
        }
    }

    @Test("unknown ids and routes answer 404 JSON under /api")
    func notFound() async throws {
        let app = try await ServerFixture.makeApplication(ServerFixture.market)
        try await app.test(.router) { client in
            for uri in ["/api/postings/unknown", "/api/nothing-here"] {
                let response = try await client.get(uri)
                #expect(response.status == .notFound)
                #expect(try response.json()["error"] is String)
                #expect(response.header("Content-Type") == "application/json")
            }
        }
    }

    @Test("the report covers the filtered distinct postings")
    func reportForFilter() async throws {
        let app = try await ServerFixture.makeApplication(ServerFixture.market)
        try await app.test(.router) { client in
            let all = try await client.get("/api/report").json()
            #expect(all["schema"] as? String == "skillmarket.report/1")
            #expect((all["postings"] as? [String: Any])?["distinct"] as? Int == 5)
            let ml = try await client.get("/api/report?role=machine-learning-engineer&as_of=2026-06-30").json()
            #expect(ml["role"] as? String == "machine-learning-engineer")
            #expect(ml["as_of"] as? String == "2026-06-30")
            #expect((ml["postings"] as? [String: Any])?["analyzed"] as? Int == 3)
            let skills = try #require(ml["skills"] as? [[String: Any]])
            #expect(skills.first?["skill"] as? String == "Python")
            #expect(skills.first?["postings"] as? Int == 3)
        }
    }

    @Test("skills list every taxonomy skill with posting counts, most frequent first")
    func skills() async throws {
        let app = try await ServerFixture.makeApplication(ServerFixture.market)
        try await app.test(.router) { client in
            let skills = try #require(try await client.get("/api/skills").json()["skills"] as? [[String: Any]])
            #expect(skills.count == Set(ServerFixture.taxonomy.skills.map(\.name)).count)
            #expect(skills.prefix(2).compactMap { $0["skill"] as? String } == ["Python", "SQL"])
            #expect(skills.first?["postings"] as? Int == 3)
            #expect(skills.first?["family"] as? String == ServerFixture.taxonomy.family(of: SkillName("Python")))
        }
    }

    @Test("/healthz is 200 ok when the store answers and 503 when it does not")
    func health() async throws {
        let healthy = try await ServerFixture.makeApplication([])
        try await healthy.test(.router) { client in
            let response = try await client.get("/healthz")
            #expect(response.status == .ok)
            #expect(try response.json()["status"] as? String == "ok")
        }
        let broken = try await ServerFixture.makeApplication([], repository: UnhealthyRepository(wrapping: try ServerFixture.makeRepository()))
        try await broken.test(.router) { client in
            let response = try await client.get("/healthz")
            #expect(response.status == .serviceUnavailable)
            #expect(try response.json()["status"] as? String == "unavailable")
        }
    }

    @Test("the application serves over a real socket (loopback, any free port)")
    func liveServer() async throws {
        let app = try await ServerFixture.makeApplication(ServerFixture.market, configuration: ServerConfiguration(port: 0))
        try await app.test(.live) { client in
            let response = try await client.get("/api/postings?limit=1")
            #expect(response.status == .ok)
            #expect(try response.json()["total"] as? Int == 5)
            #expect(response.header("X-Frame-Options") == "DENY")
        }
    }

    @Test("a store failure is a 500 without internals")
    func storeFailure() async throws {
        let app = try await ServerFixture.makeApplication([], repository: UnhealthyRepository(wrapping: try ServerFixture.makeRepository()))
        try await app.test(.router) { client in
            let api = try await client.get("/api/postings")
            #expect(api.status == .internalServerError)
            #expect(try api.json()["error"] as? String == "Something went wrong on our side.")
            #expect(try api.json()["code"] as? String == "internal_error")
            #expect(try api.json()["request_id"] as? String == api.header("X-Request-ID"))
            #expect(!api.body.contains("disk"))
            let page = try await client.get("/")
            #expect(page.status == .internalServerError)
            #expect(!page.body.contains("disk"))
            #expect(page.header("Content-Security-Policy") != nil)
        }
    }
}

/// A real store whose disk has "gone away": reads throw, health is false. Wraps, never fakes, the store.
struct UnhealthyRepository: PostingRepository {
    struct DiskGone: Error, CustomStringConvertible { var description: String { "disk I/O error at /secret/path" } }
    let wrapped: any PostingRepository
    init(wrapping repository: any PostingRepository) { wrapped = repository }

    func upsert(_ postings: [StoredPosting], after previous: Task<UpsertCounts, any Error>?) async throws
        -> UpsertCounts
    { try await wrapped.upsert(postings, after: previous) }
    func postings(matching query: PostingQuery) async throws -> PostingPage { throw DiskGone() }
    func posting(id: PostingID) async throws -> StoredPosting? { throw DiskGone() }
    func facets(matching query: PostingQuery) async throws -> Facets { throw DiskGone() }
    func forEachPosting(matching query: PostingQuery, _ body: (ExtractedPosting) throws -> Void) async throws { throw DiskGone() }
    func originals(_ body: (PostingID, DuplicateFingerprint) throws -> Void) async throws { throw DiskGone() }
    func isHealthy() async -> Bool { false }
}
