import Foundation
import HTTPTypes
import HummingbirdTesting
import Logging
import SkillMarketCore
import Testing

@testable import SkillMarketServer

@Suite("HTML board")
struct BoardTests {
    @Test("the board lists postings with a GET filter form and facet counts")
    func board() async throws {
        let app = try await ServerFixture.makeApplication(ServerFixture.market)
        try await app.test(.router) { client in
            let page = try await client.get("/")
            #expect(page.status == .ok)
            #expect(page.header("Content-Type") == "text/html; charset=utf-8")
            #expect(page.body.contains("<form class=\"filters\" method=\"get\" action=\"/\""))
            for name in ["q", "role", "seniority", "country", "work_mode", "company", "min_salary", "posted_since", "skill"] {
                #expect(page.body.contains("name=\"\(name)\""), "missing filter \(name)")
            }
            #expect(page.body.contains("<strong>5</strong> postings match"))
            #expect(page.body.contains("Machine Learning Engineer (3)"))
            #expect(page.body.contains("value=\"Python\"> Python <span class=\"count\">3</span>"))
            #expect(page.body.contains("<a href=\"/postings/p1\">Senior ML Engineer</a>"))
            #expect(page.body.contains("$180,000–$220,000 a year"))
            #expect(page.body.contains("<ul class=\"chips\"><li>PyTorch</li><li>Python</li></ul>"))
            #expect(page.body.contains("<link rel=\"stylesheet\" href=\"/static/board.css\">"))
            #expect(!page.body.contains("style="))
            #expect(!page.body.contains("<style"))
        }
    }

    @Test("filters select their values and pagination links keep them")
    func paginationKeepsFilters() async throws {
        let postings = (1...5).map { ServerFixture.posting("q\($0)", skills: ["Python", "SQL"], day: $0) }
        let app = try await ServerFixture.makeApplication(postings)
        try await app.test(.router) { client in
            let first = try await client.get("/?skill=Python&work_mode=remote&limit=2")
            #expect(first.body.contains("<strong>5</strong> postings match"))
            #expect(first.body.contains("value=\"Python\" checked> Python"))
            #expect(first.body.contains("<option value=\"remote\" selected>remote (5)</option>"))
            let next = try #require(Self.link(rel: "next", in: first.body))
            #expect(next.hasPrefix("/?skill=Python&amp;work_mode=remote&amp;limit=2&amp;cursor="))
            let second = try await client.get(next.replacingOccurrences(of: "&amp;", with: "&"))
            #expect(second.status == .ok)
            #expect(second.body.contains("/postings/q3"))
            #expect(!second.body.contains("/postings/q5"))
            #expect(second.body.contains("<a href=\"/?skill=Python&amp;work_mode=remote&amp;limit=2\">First page</a>"))
        }
    }

    @Test("a bad filter is a friendly 400 page")
    func badFilterPage() async throws {
        let app = try await ServerFixture.makeApplication([])
        try await app.test(.router) { client in
            let page = try await client.get("/?seniority=godlike")
            #expect(page.status == .badRequest)
            #expect(page.header("Content-Type") == "text/html; charset=utf-8")
            #expect(page.body.contains("That search could not be run"))
            #expect(page.body.contains("<code>seniority</code>"))
            let report = try await client.get("/report?as_of=tomorrow")
            #expect(report.status == .badRequest)
            #expect(report.body.contains("<code>as_of</code>"))
        }
    }

    @Test("the posting page shows facts, a sanitised description with marked skills, and a safe link")
    func postingPage() async throws {
        let posting = ServerFixture.posting(
            "d1", salary: ServerFixture.usd(150_000, 150_000), skills: ["Python", "SQL"],
            description: "<p>You know <b>Python</b> and SQL.</p><script>steal()</script>",
            url: "https://jobs.example/d1?ref=a&b=c")
        let app = try await ServerFixture.makeApplication([posting])
        try await app.test(.router) { client in
            let page = try await client.get("/postings/d1")
            #expect(page.status == .ok)
            #expect(page.body.contains("<h1>Machine Learning Engineer</h1>"))
            #expect(page.body.contains("<dt>Salary</dt><dd>$150,000 a year</dd>"))
            #expect(page.body.contains("<p>You know <b><mark>Python</mark></b> and <mark>SQL</mark>.</p>"))
            #expect(!page.body.contains("steal"))
            #expect(page.body.contains("href=\"https://jobs.example/d1?ref=a&amp;b=c\" rel=\"nofollow noopener noreferrer\""))
        }
    }

    @Test("unknown postings and pages are 404 HTML pages")
    func notFoundPages() async throws {
        let app = try await ServerFixture.makeApplication(ServerFixture.market)
        try await app.test(.router) { client in
            for uri in ["/postings/missing", "/no/such/page"] {
                let page = try await client.get(uri)
                #expect(page.status == .notFound)
                #expect(page.header("Content-Type") == "text/html; charset=utf-8")
                #expect(page.body.contains("<h1>Not found</h1>"))
            }
        }
    }

    @Test("the report page is the CLI's HTML report for the filters, its style allowed by hash")
    func reportPage() async throws {
        let app = try await ServerFixture.makeApplication(ServerFixture.market)
        try await app.test(.router) { client in
            let page = try await client.get("/report?role=machine-learning-engineer")
            #expect(page.status == .ok)
            #expect(page.body.contains("Machine Learning Engineer skills report"))
            #expect(!page.body.lowercased().contains("<script"))
            let hashes = SecurityHeaders.styleHashes(in: page.body)
            #expect(hashes.count == 1)
            let policy = try #require(page.header("Content-Security-Policy"))
            for hash in hashes { #expect(policy.contains("'sha256-\(hash)'")) }
        }
    }

    @Test("the stylesheet is served from the bundle")
    func stylesheet() async throws {
        let app = try await ServerFixture.makeApplication([])
        try await app.test(.router) { client in
            let css = try await client.get("/static/board.css")
            #expect(css.status == .ok)
            #expect(css.header("Content-Type") == "text/css; charset=utf-8")
            #expect(css.body.contains(".board"))
        }
    }

    @Test(
        "every response carries the security headers",
        arguments: [
            "/", "/postings/p1", "/report", "/api/postings", "/api/postings/p1", "/api/report", "/api/skills", "/healthz",
            "/openapi.json", "/static/board.css", "/metrics", "/missing", "/api/missing", "/?limit=0",
            "/api/postings?limit=0",
        ])
    func securityHeaders(_ uri: String) async throws {
        let app = try await ServerFixture.makeApplication(ServerFixture.market)
        try await app.test(.router) { client in
            let response = try await client.get(uri)
            let policy = try #require(response.header("Content-Security-Policy"))
            #expect(policy.hasPrefix("default-src 'none'; style-src 'self' 'sha256-"))
            #expect(policy.hasSuffix("; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"))
            #expect(!policy.contains("script-src"))
            #expect(!policy.contains("unsafe"))
            #expect(response.header("X-Content-Type-Options") == "nosniff")
            #expect(response.header("Referrer-Policy") == "no-referrer")
            #expect(response.header("X-Frame-Options") == "DENY")
            #expect(response.header("Permissions-Policy") == SecurityHeaders.permissionsPolicy)
            #expect(response.header("Permissions-Policy")?.contains("camera=()") == true)
            #expect(response.header("Cross-Origin-Opener-Policy") == "same-origin")
            #expect(response.header("Cross-Origin-Resource-Policy") == "same-origin")
            #expect(response.header("Cache-Control") == "no-store")
            #expect(response.header("X-Request-ID")?.isEmpty == false)
        }
    }

    @Test("the server binds to loopback by default")
    func loopbackByDefault() {
        #expect(ServerConfiguration().host == "127.0.0.1")
    }

    static func link(rel: String, in html: String) -> String? {
        guard let anchor = html.range(of: "<a rel=\"\(rel)\" href=\"") else { return nil }
        let rest = html[anchor.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }
}
