import Foundation
import SkillMarketCore
import SkillMarketStore
import Testing

/// Throughput and latency of the SQLite store on 100,000 generated postings (see `StoreBenchmark`).
///
/// Skipped unless `SKILLMARKET_STORE_BENCH=1`; run in release:
/// `SKILLMARKET_STORE_BENCH=1 swift test -c release --filter SQLiteBenchmark`.
/// `SKILLMARKET_STORE_BENCH_KEEP=PATH` keeps the database file at PATH.
@Suite(
    .enabled(if: ProcessInfo.processInfo.environment["SKILLMARKET_STORE_BENCH"] == "1", "set SKILLMARKET_STORE_BENCH=1")
)
struct SQLiteBenchmark {
    @Test("100k postings: upsert throughput and filtered search latency")
    func measure() async throws {
        let kept = ProcessInfo.processInfo.environment["SKILLMARKET_STORE_BENCH_KEEP"]
        let path = kept ?? temporaryDatabasePath()
        defer { if kept == nil { removeDatabase(path) } }
        let store = try SQLiteRepository(path: path)
        try await StoreBenchmark.run(on: store) {
            try await store.optimize()
            return "(file \(fileSize(path) / 1_000_000) MB)"
        }
    }

    private func fileSize(_ path: String) -> Int {
        ["", "-wal"].reduce(0) { total, suffix in
            total + ((try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? Int) ?? 0)
        }
    }
}
