import SkillMarketCore
import Testing

@testable import SkillMarketServer

@Suite("Posting JSON cache")
struct PostingJSONCacheTests {
    /// A posting, and the same id changed in one field each way the API shows.
    static let original = ServerFixture.posting("a", skills: ["Python"], url: "https://example.com/a")
    static let changes: [StoredPosting] = [
        ServerFixture.posting("a", title: "Staff Engineer", skills: ["Python"], url: "https://example.com/a"),
        ServerFixture.posting("a", skills: ["Python", "SQL"], url: "https://example.com/a"),
        ServerFixture.posting("a", skills: ["Python"], url: "https://example.com/moved"),
    ]

    @Test("a cached object is the fresh rendering, and a changed posting with the same id is rendered anew",
          arguments: changes)
    func changedPostingRendersAnew(_ changed: StoredPosting) {
        let cache = PostingJSONCache()
        #expect(cache.json(Self.original) == PostingJSON.object(Self.original))
        #expect(cache.json(Self.original) == PostingJSON.object(Self.original))
        #expect(cache.json(changed) == PostingJSON.object(changed))
        #expect(cache.json(changed) != PostingJSON.object(Self.original))
    }

    @Test("a full cache starts over and still answers every posting")
    func boundedCache() {
        let cache = PostingJSONCache(capacity: 2)
        let postings = (0..<5).map { ServerFixture.posting("p\($0)") }
        for posting in postings + postings { #expect(cache.json(posting) == PostingJSON.object(posting)) }
    }
}
