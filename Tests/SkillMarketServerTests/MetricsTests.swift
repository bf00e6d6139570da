import Foundation
import HTTPTypes
import HummingbirdTesting
import SkillMarketCore
import Testing

@testable import SkillMarketServer

@Suite("Metrics")
struct MetricsTests {
    @Test("/metrics counts requests by route, method and status, in valid Prometheus text format")
    func metricsAfterRequests() async throws {
        let app = try await ServerFixture.makeApplication(
            ServerFixture.market, configuration: ServerFixture.liveConfiguration())
        try await app.test(.live) { client in
            // Given a few requests of each outcome
            _ = try await client.get("/api/postings")
            _ = try await client.get("/api/postings?skill=Python")
            _ = try await client.get("/api/postings?limit=0")
            _ = try await client.get("/api/postings/p1")
            _ = try await client.get("/api/postings/p3")
            _ = try await client.get("/no/such/page")
            _ = try await client.fetch("/api/postings", method: .post)

            // When Prometheus scrapes
            let response = try await client.get("/metrics")

            // Then the text parses and the counts are exact
            #expect(response.status == .ok)
            #expect(response.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8")
            let metrics = try PrometheusExposition(parsing: response.body)
            func requests(_ route: String, _ method: String, _ status: String) -> Double? {
                metrics.value(
                    "skillmarket_http_requests_total", ["route": route, "method": method, "status": status])
            }
            #expect(requests("/api/postings", "GET", "200") == 2)
            #expect(requests("/api/postings", "GET", "400") == 1)
            #expect(requests("/api/postings/{id}", "GET", "200") == 2)
            #expect(requests("NotFound", "GET", "404") == 1)
            // A method the path has no route for is rejected before routing ends: no route to name.
            #expect(requests("unmatched", "POST", "405") == 1)
            #expect(metrics.types["skillmarket_http_requests_total"] == "counter")
            #expect(metrics.types["skillmarket_http_request_duration_seconds"] == "histogram")
            #expect(metrics.value("skillmarket_http_request_duration_seconds_count", ["route": "/api/postings"]) == 3)
            let seconds = try #require(
                metrics.value("skillmarket_http_request_duration_seconds_sum", ["route": "/api/postings"]))
            #expect(seconds > 0 && seconds < 60)
            // The scrape itself is the one request in flight.
            #expect(metrics.value("skillmarket_http_requests_in_flight") == 1)
            #if os(Linux)
            let resident = try #require(metrics.value("process_resident_memory_bytes"))
            #expect(resident > 1_000_000)
            #endif

            // And the scrape is counted by the next one
            let next = try PrometheusExposition(parsing: try await client.get("/metrics").body)
            #expect(next.value("skillmarket_http_requests_total", ["route": "/metrics", "method": "GET", "status": "200"]) == 1)
        }
    }

    @Test("the exposition reader rejects malformed text (so a pass means something)")
    func readerIsStrict() {
        let broken = [
            "no_type 1",
            "# TYPE a counter\na{x=\"1} 1",
            "# TYPE a counter\na{x=1} 1",
            "# TYPE a counter\na one",
            "# TYPE a counter\na 1\na 2",
            "# TYPE 1a counter\n1a 1",
            "# TYPE h histogram\nh_bucket{le=\"1\"} 2\nh_bucket{le=\"+Inf\"} 1\nh_count 1\nh_sum 0",
            "# TYPE h histogram\nh_bucket{le=\"+Inf\"} 3\nh_count 2\nh_sum 0",
        ]
        for text in broken { #expect(throws: PrometheusExposition.ParseError.self, "\(text)") { try PrometheusExposition(parsing: text) } }
        let valid = "# HELP a Things.\n# TYPE a counter\na{x=\"q\\\"\\n\"} 1.5\n# TYPE h histogram\nh_bucket{le=\"1\"} 1\nh_bucket{le=\"+Inf\"} 2\nh_count 2\nh_sum 3"
        #expect((try? PrometheusExposition(parsing: valid))?.value("a", ["x": "q\"\n"]) == 1.5)
    }
}
