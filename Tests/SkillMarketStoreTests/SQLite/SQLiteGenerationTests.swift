import GRDB
import SkillMarketCore
import Testing

@testable import SkillMarketStore

/// The store generation and what is cached by it: the listing index, full-text match sets, report scans.
@Suite("SQLite generations")
struct SQLiteGenerationTests {
    @Test("the generation advances with a changing upsert and not with an unchanged one")
    func generationAdvances() async throws {
        let store = try SQLiteRepository.inMemory()
        let first = ConformanceFixtures.posting("a", skills: ["Go"])
        let initial = try #require(try await store.generation())
        _ = try await store.upsert([first])
        let afterInsert = try #require(try await store.generation())
        _ = try await store.upsert([first])
        let afterUnchanged = try #require(try await store.generation())
        var changed = first
        changed.facts.title = "Changed"
        _ = try await store.upsert([changed])
        let afterUpdate = try #require(try await store.generation())
        #expect(afterInsert > initial)
        #expect(afterUnchanged == afterInsert)
        #expect(afterUpdate > afterInsert)
    }

    @Test(
        "searches, facets and scans see words and skills written after the same words were searched",
        arguments: ["zebra", "zebra crossing"])
    func textMatchesFollowWrites(_ words: String) async throws {
        let store = try SQLiteRepository.inMemory()
        _ = try await store.upsert([ConformanceFixtures.posting("old", description: "A zebra.")])
        let query = PostingQuery(text: words)
        let before = try await store.postings(matching: query).total
        _ = try await store.upsert([
            ConformanceFixtures.posting("new", skills: ["Rust"], description: "A zebra crossing.")
        ])
        var scanned: [String] = []
        try await store.forEachPosting(matching: query) { scanned.append($0.id.rawValue) }
        let facets = try await store.facets(matching: query)
        #expect(try await store.postings(matching: query).total == before + 1)
        #expect(scanned.contains("new"))
        #expect(facets.skills.contains { $0.value == "Rust" })
    }

    @Test("a scan batch read after the store changed returns the new rows and links, not the index's")
    func scanOfOlderIndexReadsCurrentRows() async throws {
        let store = try SQLiteRepository.inMemory()
        let original = ConformanceFixtures.posting("a", modes: [.remote], skills: ["Go"], families: ["Languages"])
        _ = try await store.upsert([original, ConformanceFixtures.posting("b", skills: ["SQL"])])
        let cache = ListingIndexCache()
        let stale = try await store.writer.read { db in try cache.index(in: db) }
        var changed = original
        changed.facts.title = "Renamed"
        changed.facts.skills = [SkillName("Rust")]
        changed.facts.workModes = [.hybrid]
        _ = try await store.upsert([changed])
        let positions = ArraySlice(stale.seqs.indices)
        let (fresh, current) = try await store.writer.read { db in
            (try SQLiteScan.facts(at: positions, of: stale, in: db),
             try SQLiteScan.facts(at: positions, of: try cache.index(in: db), in: db))
        }
        let staleRead = fresh.first { $0.id == original.facts.id }
        #expect(staleRead == changed.facts)
        #expect(current.first { $0.id == original.facts.id } == changed.facts)
        #expect(Set(fresh.map(\.id)) == Set(current.map(\.id)))
    }
}
