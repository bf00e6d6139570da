import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import SkillMarketCore
import Testing

@testable import SkillMarketServer

struct RejectedQuery: Sendable, CustomTestStringConvertible {
    let uri: String
    let parameter: String
    var testDescription: String { String(uri.prefix(80)) }
}

/// Request limits, parameter validation and error bodies, each over a real socket (`.live`).
@Suite("Hardening")
struct HardeningTests {
    private static func validator() throws -> OpenAPIValidator {
        try OpenAPIValidator(json: try #require(ServerAssets.bundled(logger: ServerFixture.quietLogger).openAPI))
    }

    /// Checks `body` against the OpenAPI `Error` schema.
    private func expectErrorBody(
        _ fetched: Fetched, code: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String: Any] {
        #expect(fetched.header("Content-Type") == "application/json", sourceLocation: sourceLocation)
        let json = try fetched.json()
        let validator = try Self.validator()
        let problems = validator.violations(of: json, against: ["$ref": "#/components/schemas/Error"])
        #expect(problems.isEmpty, "\(problems)", sourceLocation: sourceLocation)
        #expect(json["code"] as? String == code, sourceLocation: sourceLocation)
        #expect((json["request_id"] as? String) == fetched.header("X-Request-ID"), sourceLocation: sourceLocation)
        return json
    }

    @Test(
        "methods other than GET and HEAD answer 405 with Allow, on known and unknown paths",
        arguments: [HTTPRequest.Method.post, .put, .delete, .patch, .options])
    func otherMethods(_ method: HTTPRequest.Method) async throws {
        let app = try await ServerFixture.makeApplication(
            ServerFixture.market, configuration: ServerFixture.liveConfiguration())
        try await app.test(.live) { client in
            for uri in ["/api/postings", "/api/nowhere", "/", "/nowhere"] {
                let response = try await client.fetch(uri, method: method)
                #expect(response.status == .methodNotAllowed, "\(method) \(uri)")
                #expect(response.header("Allow") == "GET, HEAD")
                #expect(response.header("Content-Security-Policy") != nil)
                if uri.hasPrefix("/api/") {
                    _ = try expectErrorBody(response, code: "method_not_allowed")
                } else {
                    #expect(response.body.contains("Only GET and HEAD are allowed."))
                }
            }
        }
    }

    @Test("HEAD answers like GET, without a body")
    func head() async throws {
        let app = try await ServerFixture.makeApplication(
            ServerFixture.market, configuration: ServerFixture.liveConfiguration())
        try await app.test(.live) { client in
            let response = try await client.fetch("/api/postings", method: .head)
            #expect(response.status == .ok)
            #expect(response.body.isEmpty)
            #expect(response.header("Content-Type") == "application/json")
        }
    }

    @Test("a request with a body answers 413, whatever the method would have done")
    func bodies() async throws {
        let app = try await ServerFixture.makeApplication([], configuration: ServerFixture.liveConfiguration())
        try await app.test(.live) { client in
            let small = try await client.fetch("/api/postings", body: "{}")
            #expect(small.status == .contentTooLarge)
            _ = try expectErrorBody(small, code: "body_not_allowed")
            let large = try await client.fetch("/", body: String(repeating: "x", count: 3_000_000))
            #expect(large.status == .contentTooLarge)
            #expect(large.header("Content-Type") == "text/html; charset=utf-8")
            // The connection still serves requests afterwards.
            #expect(try await client.get("/healthz").status == .ok)
        }
    }

    @Test("request targets up to 8192 bytes are served; longer ones answer 414")
    func longTargets() async throws {
        let app = try await ServerFixture.makeApplication([], configuration: ServerFixture.liveConfiguration())
        try await app.test(.live) { client in
            func target(bytes: Int) -> String {
                let prefix = "/api/postings?utm_padding="
                return prefix + String(repeating: "a", count: bytes - prefix.utf8.count)
            }
            #expect(try await client.get(target(bytes: ServerConfiguration.maxURIBytes)).status == .ok)
            let over = try await client.get(target(bytes: ServerConfiguration.maxURIBytes + 1))
            #expect(over.status == .uriTooLong)
            _ = try expectErrorBody(over, code: "uri_too_long")
            let huge = try await client.get(target(bytes: 60_000))
            #expect(huge.status == .uriTooLong)
            let page = try await client.get("/?utm_padding=" + String(repeating: "b", count: 9_000))
            #expect(page.status == .uriTooLong)
            #expect(page.body.contains("That address is too long"))
        }
    }

    @Test("a handler slower than the time limit answers 503 with a JSON error, promptly")
    func timeLimit() async throws {
        let slow = SlowRepository(wrapping: try ServerFixture.makeRepository(), delay: .seconds(120))
        let app = try await ServerFixture.makeApplication(
            [], repository: slow, configuration: ServerFixture.liveConfiguration(requestTimeout: .milliseconds(300)))
        try await app.test(.live) { client in
            let clock = ContinuousClock()
            let start = clock.now
            let api = try await client.get("/api/postings")
            let elapsed = clock.now - start
            #expect(api.status == .serviceUnavailable)
            let json = try expectErrorBody(api, code: "timeout")
            #expect((json["error"] as? String)?.contains("took too long") == true)
            #expect(elapsed >= .milliseconds(300))
            // The handler would take 120 s; generous against a loaded machine, well under that.
            #expect(elapsed < .seconds(15), "the slow handler was not cut off: \(elapsed)")
            let page = try await client.get("/")
            #expect(page.status == .serviceUnavailable)
            #expect(page.body.contains("Request id: <code>" + (page.header("X-Request-ID") ?? "?") + "</code>"))
            // Fast routes are unaffected.
            #expect(try await client.get("/healthz").status == .ok)
        }
    }

    @Test(
        "every bad query parameter answers 400 with the documented JSON error naming it",
        arguments: [
            RejectedQuery(uri: "/api/postings?seniority=godlike", parameter: "seniority"),
            RejectedQuery(uri: "/api/postings?role=astronaut", parameter: "role"),
            RejectedQuery(uri: "/api/postings?skill=Basket+weaving", parameter: "skill"),
            RejectedQuery(uri: "/api/postings?country=Narnia", parameter: "country"),
            RejectedQuery(uri: "/api/postings?work_mode=moon", parameter: "work_mode"),
            RejectedQuery(uri: "/api/postings?min_salary=lots", parameter: "min_salary"),
            RejectedQuery(uri: "/api/postings?min_salary=1e5", parameter: "min_salary"),
            RejectedQuery(uri: "/api/postings?min_salary=-1", parameter: "min_salary"),
            RejectedQuery(uri: "/api/postings?min_salary=99999999999999999999999", parameter: "min_salary"),
            RejectedQuery(uri: "/api/postings?limit=0", parameter: "limit"),
            RejectedQuery(uri: "/api/postings?limit=101", parameter: "limit"),
            RejectedQuery(uri: "/api/postings?limit=2.5", parameter: "limit"),
            RejectedQuery(uri: "/api/postings?limit=9223372036854775808", parameter: "limit"),
            RejectedQuery(uri: "/api/postings?posted_since=2026-02-30", parameter: "posted_since"),
            RejectedQuery(uri: "/api/postings?posted_since=2026-06-01T00:00:00Z", parameter: "posted_since"),
            RejectedQuery(uri: "/api/postings?posted_since=%00", parameter: "posted_since"),
            RejectedQuery(uri: "/api/report?as_of=June", parameter: "as_of"),
            RejectedQuery(uri: "/api/postings?cursor=%22%3E%3Cscript%3E", parameter: "cursor"),
            RejectedQuery(uri: "/api/postings?cursor=" + String(repeating: "A", count: 2_100), parameter: "cursor"),
            RejectedQuery(uri: "/api/postings?q=" + String(repeating: "x", count: 201), parameter: "q"),
            RejectedQuery(uri: "/api/skills?company=" + String(repeating: "%C3%A9", count: 101), parameter: "company"),
            RejectedQuery(uri: "/api/postings?role=data-scientist&role=data-engineer", parameter: "role"),
            RejectedQuery(uri: "/api/postings?limit=5&limit=5", parameter: "limit"),
            RejectedQuery(
                uri: "/api/postings?"
                    + Set(ServerFixture.taxonomy.skills.map(\.name.rawValue)).sorted().prefix(21).map {
                        "skill=" + QueryItems.encodeComponent($0)
                    }.joined(separator: "&"), parameter: "skill"),
            RejectedQuery(
                uri: "/api/postings?" + (0...100).map { "x\($0)=1" }.joined(separator: "&"), parameter: "query"),
        ])
    func badParameters(_ c: RejectedQuery) async throws {
        let app = try await ServerFixture.makeApplication([], configuration: ServerFixture.liveConfiguration())
        try await app.test(.live) { client in
            let response = try await client.get(c.uri)
            #expect(response.status == .badRequest)
            let json = try expectErrorBody(response, code: "bad_parameter")
            #expect(json["parameter"] as? String == c.parameter)
            let message = try #require(json["error"] as? String)
            #expect(!message.isEmpty && message.utf8.count <= 200, "\(message)")
        }
    }

    @Test("well-formed cursors this server never wrote are a 400 or the first page, never a 500")
    func foreignCursors() async throws {
        let app = try await ServerFixture.makeApplication(
            ServerFixture.market, configuration: ServerFixture.liveConfiguration())
        try await app.test(.live) { client in
            for cursor in ["AAAA", "djF8", "djF8MjAy_-", "eyJhIjoxfQ==", "_____", "v1"] {
                let response = try await client.get("/api/postings?cursor=" + cursor)
                #expect([.ok, .badRequest].contains(response.status), "cursor \(cursor): \(response.status)")
            }
        }
    }

    @Test("text with control characters, NULs and invalid UTF-8 is searched, not a 500")
    func oddText() async throws {
        let app = try await ServerFixture.makeApplication(
            ServerFixture.market, configuration: ServerFixture.liveConfiguration())
        try await app.test(.live) { client in
            for q in ["%00", "a%00b", "%FF%FE", "%22", "*", "NEAR(", "a+OR+b", "%E2%80%AE", "%0D%0Ax", "'--"] {
                for path in ["/api/postings?q=", "/api/postings?company=", "/?q="] {
                    let response = try await client.get(path + q)
                    #expect(response.status == .ok, "\(path)\(q): \(response.status) \(response.body.prefix(200))")
                }
            }
        }
    }

    @Test("HTML pages answer a readable 400 page naming the filter")
    func badParameterPage() async throws {
        let app = try await ServerFixture.makeApplication([], configuration: ServerFixture.liveConfiguration())
        try await app.test(.live) { client in
            let page = try await client.get("/?limit=1000")
            #expect(page.status == .badRequest)
            #expect(page.header("Content-Type") == "text/html; charset=utf-8")
            #expect(page.body.contains("<code>limit</code>: &quot;1000&quot; is not a number from 1 to 100"))
        }
    }

    @Test("a 500 shows a request id and no internals; the log line with the error has the same id")
    func internalErrors() async throws {
        let capture = LogCapture()
        let app = try await ServerFixture.makeApplication(
            [], repository: UnhealthyRepository(wrapping: try ServerFixture.makeRepository()),
            configuration: ServerFixture.liveConfiguration(), logger: capture.makeLogger())
        try await app.test(.live) { client in
            let response = try await client.get("/api/postings")
            #expect(response.status == .internalServerError)
            let json = try expectErrorBody(response, code: "internal_error")
            let id = try #require(json["request_id"] as? String)
            #expect(!response.body.contains("disk") && !response.body.contains("secret"))
            let failure = capture.records.first { $0.message == "request failed" }
            #expect(failure?.level == .error)
            #expect(failure?.metadata["hb.request.id"] == id)
            #expect(failure?.metadata["error"]?.contains("/secret/path") == true)
            let page = try await client.get("/report")
            #expect(page.status == .internalServerError)
            #expect(!page.body.contains("secret"))
            #expect(page.body.contains("Request id: <code>" + (page.header("X-Request-ID") ?? "?") + "</code>"))
        }
    }

    @Test("one info line per request: method, path (no query), status, duration and request id")
    func requestLog() async throws {
        let capture = LogCapture()
        let app = try await ServerFixture.makeApplication(
            ServerFixture.market, configuration: ServerFixture.liveConfiguration(), logger: capture.makeLogger())
        try await app.test(.live) { client in
            let ok = try await client.get("/api/postings?q=secret+search")
            _ = try await client.get("/missing")
            let lines = capture.records.filter { $0.message == "request" }
            #expect(lines.count == 2)
            let first = try #require(lines.first)
            #expect(first.level == .info)
            #expect(first.metadata["method"] == "GET")
            #expect(first.metadata["path"] == "/api/postings")
            #expect(first.metadata["status"] == "200")
            #expect(first.metadata["hb.request.id"] == ok.header("X-Request-ID"))
            let milliseconds = try #require(first.metadata["duration_ms"].flatMap(Double.init))
            #expect(milliseconds > 0 && milliseconds < 60_000)
            #expect(lines.last?.metadata["status"] == "404")
            #expect(!capture.records.contains { "\($0.metadata)".contains("secret") })
        }
    }

    @Test("the server binds to 127.0.0.1 unless told otherwise (the serve binary's log shows it too)")
    func loopback() async throws {
        #expect(ServerConfiguration().host == "127.0.0.1")
        let app = try await ServerFixture.makeApplication([])
        #expect("\(app.configuration.address)".contains("127.0.0.1"))
    }
}
