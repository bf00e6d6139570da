import SkillMarketCore
import SkillMarketStore
import Testing

@testable import SkillMarketServer

/// Reports are cached per store generation and built one per core at a time.
@Suite("Report cache and build gate")
struct ReportCacheTests {
    @Test("a cached report is rebuilt after the store changes, and equals a fresh build")
    func reportFollowsWrites() async throws {
        let store = try ServerFixture.makeRepository()
        _ = try await store.upsert(ServerFixture.market)
        let reports = FilteredReport(repository: store, taxonomy: ServerFixture.taxonomy, roles: ServerFixture.roles)
        let query = BoardQuery(filters: PostingQuery(skills: [SkillName("SQL")]))
        let first = try await reports.build(query)
        let again = try await reports.build(query)
        _ = try await store.upsert([ServerFixture.posting("p9", skills: ["SQL"], day: 9)])
        let afterWrite = try await reports.build(query)
        let fresh = try await FilteredReport(
            repository: store, taxonomy: ServerFixture.taxonomy, roles: ServerFixture.roles
        ).build(query)
        #expect(again == first)
        #expect(afterWrite.postings.distinct == first.postings.distinct + 1)
        #expect(afterWrite == fresh)
    }

    @Test("the same filters in another order or with a cursor share one cache entry")
    func keyIgnoresOrderAndPaging() {
        let plain = BoardQuery(filters: PostingQuery(skills: [SkillName("SQL"), SkillName("Python")]))
        let reordered = BoardQuery(
            filters: PostingQuery(skills: [SkillName("Python"), SkillName("SQL")], company: "", limit: 5, cursor: "x"))
        #expect(ReportCache.Key(plain, generation: 3) == ReportCache.Key(reordered, generation: 3))
        #expect(ReportCache.Key(plain, generation: 3) != ReportCache.Key(plain, generation: 4))
    }

    @Test("a full cache drops its least recently used report")
    func leastRecentlyUsedIsDropped() async throws {
        let cache = ReportCache(capacity: 2)
        let store = try ServerFixture.makeRepository()
        let report = try await FilteredReport(
            repository: store, taxonomy: ServerFixture.taxonomy, roles: ServerFixture.roles
        ).build(BoardQuery(filters: PostingQuery()))
        let keys = (1...3).map { ReportCache.Key(BoardQuery(filters: PostingQuery()), generation: Int64($0)) }
        cache.insert(report, for: keys[0])
        cache.insert(report, for: keys[1])
        _ = cache.report(keys[0])
        cache.insert(report, for: keys[2])
        #expect(cache.report(keys[0]) != nil)
        #expect(cache.report(keys[1]) == nil)
        #expect(cache.report(keys[2]) != nil)
    }

    @Test("a task cancelled while waiting at the gate throws, and the next waiter still runs")
    func cancelledWaiterLeavesTheQueue() async throws {
        let gate = BuildGate(width: 1)
        let (release, releaseSignal) = AsyncStream<Void>.makeStream()
        let (started, startedSignal) = AsyncStream<Void>.makeStream()
        let holder = Task {
            try await gate.run {
                startedSignal.yield()
                for await _ in release { break }
                return 1
            }
        }
        for await _ in started { break }
        let cancelled = Task { try await gate.run { 2 } }
        let next = Task { try await gate.run { 3 } }
        try await Task.sleep(for: .milliseconds(50))
        cancelled.cancel()
        await #expect(throws: CancellationError.self) { try await cancelled.value }
        releaseSignal.yield()
        #expect(try await holder.value == 1)
        #expect(try await next.value == 3)
    }
}
