import Foundation
import Synchronization
import Testing

/// `skillmarket serve` as a real process: SIGTERM stops it gracefully.
@Suite("Graceful shutdown", .serialized)
struct GracefulShutdownTests {
    /// Postings in the generated store: enough that the `/api/report` requests below take a good
    /// part of a second together in a debug build, so SIGTERM reliably lands while they run.
    static let corpusSize = 6_000
    /// Report requests in flight when SIGTERM arrives.
    static let concurrentReports = 24

    @Test(
        "SIGTERM: requests in flight finish with 200, new connections are refused, the process exits 0",
        .timeLimit(.minutes(10)))
    func sigterm() async throws {
        // Given a server over a generated, ingested corpus
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("skillmarket-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("corpus.jsonl").path
        let database = folder.appendingPathComponent("store.sqlite").path
        let generated = try await ServeProcess.run(["generate", "--count", "\(Self.corpusSize)", "--seed", "7", "--out", corpus])
        try #require(generated.status == 0, "\(generated.stderr)")
        let ingested = try await ServeProcess.run(["ingest", corpus, "--db", database])
        try #require(ingested.status == 0, "\(ingested.stderr)")
        let server = try ServeProcess(["serve", "--db", database, "--port", "0", "--log-format", "json"])
        defer { server.stop() }
        let port = try await server.listeningPort()
        #expect(try await RawHTTP.get("/healthz", port: port).status == 200)

        // When report requests are in flight and SIGTERM arrives. Each asks for another
        // `posted_since` (which every posting passes), so none is answered from the report cache.
        let finished = FinishedCount()
        let reports = (0..<Self.concurrentReports).map { index in
            Task {
                let since = "2000-0\(1 + index / 18)-\(10 + index % 18)"  // a valid, different day each
                let response = try await RawHTTP.get("/api/report?posted_since=\(since)", port: port)
                finished.increment()
                return response
            }
        }
        try await Self.waitUntilAllArrived(Self.concurrentReports, finished: finished, port: port)
        server.signal(SIGTERM)
        var refusedWhileInFlight = false
        for _ in 0..<200 where finished.value < Self.concurrentReports {
            if await RawHTTP.isRefused(port: port) {
                refusedWhileInFlight = finished.value < Self.concurrentReports
                break
            }
            try await Task.sleep(for: .milliseconds(5))
        }

        // Then every report completes, new connections were refused meanwhile, and the exit is clean
        for report in reports {
            let response = try await report.value
            #expect(response.status == 200)
            let json = try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any]
            let postings = json?["postings"] as? [String: Any]
            #expect((postings?["distinct"] as? Int ?? 0) > Self.corpusSize / 2)
        }
        #expect(refusedWhileInFlight, "the listener stayed open while requests were in flight")
        #expect(await server.exitStatus() == 0)
        #expect(await RawHTTP.isRefused(port: port))
        let log = await server.stderrToEnd()
        let lines = try log.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
        }
        let requests = lines.filter { $0["message"] as? String == "request" }.compactMap { $0["metadata"] as? [String: String] }
        let reportLines = requests.filter { $0["path"] == "/api/report" }
        #expect(reportLines.count == Self.concurrentReports)
        #expect(reportLines.allSatisfy { $0["status"] == "200" && $0["method"] == "GET" && $0["hb.request.id"] != nil })
        #expect(reportLines.allSatisfy { Double($0["duration_ms"] ?? "") != nil })
        #expect(!requests.contains { $0["status"] == "500" })
    }

    @Test(
        "serve rejects bad limits and log options with a usage error (exit 64)",
        arguments: [
            (["--request-timeout", "0"], "--request-timeout"), (["--log-level", "loud"], "--log-level"),
            (["--log-format", "xml"], "--log-format"), (["--port", "70000"], "--port"),
        ])
    func badOptions(_ options: [String], _ named: String) async throws {
        let result = try await ServeProcess.run(["serve", "--db", "/nonexistent/never-opened.sqlite"] + options)
        #expect(result.status == 64)
        #expect(result.stderr.contains(named), "\(result.stderr)")
    }

    /// Polls `/metrics` until every one of `count` requests has reached the server (in flight or
    /// finished) and at least one is still in flight, so SIGTERM lands while work is under way.
    static func waitUntilAllArrived(_ count: Int, finished: FinishedCount, port: Int) async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            let metrics = try PrometheusExposition(parsing: try await RawHTTP.get("/metrics", port: port).body)
            // The gauge counts the scrape itself too.
            let inFlight = Int(metrics.value("skillmarket_http_requests_in_flight") ?? 1) - 1
            let done = finished.value
            if done == count { break }
            if inFlight >= 1 && inFlight + done >= count { return }
            try await Task.sleep(for: .milliseconds(2))
        }
        throw ServeProcessError("no report was in flight once all had arrived")
    }
}

/// How many requests have completed, shared between tasks.
final class FinishedCount: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func increment() { count.withLock { $0 += 1 } }
}
