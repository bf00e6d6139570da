import SkillMarketCore
import Testing

extension RepositoryConformance {
    func upsertCounts(_ store: any PostingRepository) async throws {
        // Given three stored postings
        let a = ConformanceFixtures.posting("a", skills: ["Python"])
        let b = ConformanceFixtures.posting("b", skills: ["SQL"], posted: "2026-05-02")
        let c = ConformanceFixtures.posting("c", posted: nil)
        #expect(try await store.upsert([a, b, c]) == UpsertCounts(new: 3, updated: 0, unchanged: 0))
        // When the same three come again with one changed and one new
        var changed = b
        changed.facts.title = "Senior Data Engineer"
        let d = ConformanceFixtures.posting("d")
        let counts = try await store.upsert([a, changed, c, d])
        // Then counts tell them apart and the change is stored
        #expect(counts == UpsertCounts(new: 1, updated: 1, unchanged: 2))
        #expect(try await store.posting(id: PostingID("b")) == changed)
        #expect(try await store.postings(matching: PostingQuery()).total == 4)
        // And a change in the description alone, or the URL alone, is an update
        var described = a
        described.description += " Now with Spark."
        var linked = c
        linked.url = "https://example.com/c"
        #expect(try await store.upsert([described, linked]) == UpsertCounts(new: 0, updated: 2, unchanged: 0))
        #expect(try await store.upsert([]) == UpsertCounts())
    }

    func idempotent(_ store: any PostingRepository) async throws {
        let corpus = ConformanceFixtures.filterCorpus
        #expect(try await store.upsert(corpus) == UpsertCounts(new: corpus.count))
        let listing = try await allPages(store, PostingQuery(limit: 100))
        let facets = try await store.facets(matching: PostingQuery())
        // Re-ingesting the same batch adds and changes nothing
        #expect(try await store.upsert(corpus) == UpsertCounts(unchanged: corpus.count))
        let again = try await allPages(store, PostingQuery(limit: 100))
        #expect(again.total == listing.total)
        #expect(again.postings == listing.postings)
        #expect(try await store.facets(matching: PostingQuery()) == facets)
        for posting in corpus { #expect(try await store.posting(id: posting.facts.id) == posting) }
    }

    func sameIDTwice(_ store: any PostingRepository) async throws {
        let first = ConformanceFixtures.posting("twice", skills: ["Python"])
        var second = first
        second.facts.skills = [SkillName("Go")]
        #expect(try await store.upsert([first, first]) == UpsertCounts(new: 1, unchanged: 1))
        #expect(try await store.upsert([first, second]) == UpsertCounts(updated: 1, unchanged: 1))
        #expect(try await store.posting(id: PostingID("twice")) == second)
        #expect(try await store.postings(matching: PostingQuery()).total == 1)
    }

    func roundTrip(_ store: any PostingRepository) async throws {
        let corpus =
            ConformanceFixtures.filterCorpus + [
                ConformanceFixtures.posting(
                    "full", title: "Staff Engineer", company: "Ünïcode Co", location: "Zürich", seniority: .staff,
                    country: "CH", modes: [.remote, .onsite, .hybrid],
                    salary: ConformanceFixtures.pay(18, 25, .eur, per: .hour, base: false),
                    skills: ["Rust", "C++", "Go"], families: ["Systems"], posted: "2024-02-29", expires: "2024-03-31",
                    url: "https://example.com/x?a=1&b=2", source: "jobs.jsonl", fingerprinted: true),
                ConformanceFixtures.posting(
                    "bare", company: nil, role: nil, country: nil, salary: ConformanceFixtures.pay(nil, 50, per: .day),
                    posted: nil, description: ""),
            ]
        _ = try await store.upsert(corpus)
        for posting in corpus {
            let stored = try #require(try await store.posting(id: posting.facts.id))
            #expect(stored == posting)
            #expect(stored.facts.fingerprint == posting.facts.fingerprint)
        }
        #expect(try await store.posting(id: PostingID("missing")) == nil)
    }

    func hostileDescription(_ store: any PostingRepository) async throws {
        let text = ConformanceFixtures.hostileDescription
        let posting = ConformanceFixtures.posting(
            "<hostile id=\"1\">'", title: "<b>Title</b> & \"co\"", company: "O'Brien; DROP TABLE posting",
            description: text)
        _ = try await store.upsert([posting])
        let stored = try #require(try await store.posting(id: posting.facts.id))
        #expect(Array(stored.description.utf8) == Array(text.utf8))
        #expect(Array(stored.facts.title.utf8) == Array(posting.facts.title.utf8))
        #expect(stored.facts.company == posting.facts.company)
        #expect(try await store.postings(matching: PostingQuery()).postings.map(\.facts.id) == [posting.facts.id])
        #expect(try await store.upsert([posting]) == UpsertCounts(unchanged: 1))
    }

    /// PostgreSQL `text` cannot hold U+0000, so every store keeps U+FFFD in its place.
    func nulCharacter(_ store: any PostingRepository) async throws {
        let posting = ConformanceFixtures.posting(
            "nul", title: "Data\u{0}Engineer", company: "A\u{0}", description: "before\u{0}after \u{0}")
        #expect(try await store.upsert([posting]) == UpsertCounts(new: 1))
        let stored = try #require(try await store.posting(id: PostingID("nul")))
        #expect(Array(stored.description.utf8) == Array("before\u{FFFD}after \u{FFFD}".utf8))
        #expect(stored.facts.title == "Data\u{FFFD}Engineer")
        #expect(stored.facts.company == "A\u{FFFD}")
        #expect(try await store.upsert([posting]) == UpsertCounts(unchanged: 1))
    }

    func updateReplacesLinks(_ store: any PostingRepository) async throws {
        // Given a posting with two skills and a work mode
        let before = ConformanceFixtures.posting("u", modes: [.remote], skills: ["Python", "SQL"], families: ["A"])
        _ = try await store.upsert([before])
        // When it changes to other skills and modes
        var after = before
        after.facts.skills = [SkillName("Go")]
        after.facts.workModes = [.onsite]
        after.facts.families = ["B"]
        #expect(try await store.upsert([after]) == UpsertCounts(updated: 1))
        // Then old values find nothing and new ones find it
        #expect(try await store.postings(matching: PostingQuery(skills: [SkillName("Python")])).total == 0)
        #expect(try await store.postings(matching: PostingQuery(workMode: .remote)).total == 0)
        #expect(try await store.postings(matching: PostingQuery(skills: [SkillName("Go")])).total == 1)
        #expect(try await store.postings(matching: PostingQuery(workMode: .onsite)).total == 1)
        let facets = try await store.facets(matching: PostingQuery())
        #expect(facets.skills == [Facets.Count(value: "Go", postings: 1)])
        #expect(facets.workModes == [Facets.Count(value: "onsite", postings: 1)])
        #expect(try await store.posting(id: PostingID("u")) == after)
    }
}
