import Foundation
import SkillMarketCore
import Testing

@testable import SkillMarketStore

/// Throughput and latency of the PostgreSQL store on 100,000 generated postings (see `StoreBenchmark`).
///
/// Skipped unless `SKILLMARKET_STORE_BENCH=1` and `SKILLMARKET_POSTGRES_URL` are set; run in release:
/// `SKILLMARKET_STORE_BENCH=1 SKILLMARKET_POSTGRES_URL=… swift test -c release --filter PostgresBenchmark`.
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["SKILLMARKET_STORE_BENCH"] == "1" && PostgresTestServer.isAvailable,
        "set SKILLMARKET_STORE_BENCH=1 and SKILLMARKET_POSTGRES_URL"))
struct PostgresBenchmark {
    @Test("100k postings: upsert throughput and filtered search latency")
    func measure() async throws {
        try await PostgresScratch.with { scratch in
            let store = try await scratch.makeRepository()
            try await StoreBenchmark.run(on: store) {
                try await scratch.execute("ANALYZE", on: store)
                return ""
            }
        }
    }
}
