import SkillMarketCore
import Testing

extension RepositoryConformance {
    /// One query per filter, each compared with `ReferenceQuery` (ids in listing order).
    static let singleFilterQueries: [PostingQuery] = [
        PostingQuery(),
        PostingQuery(text: "ranking"),
        PostingQuery(role: RoleSlug("machine-learning-engineer")),
        PostingQuery(role: RoleSlug("no-such-role")),
        PostingQuery(skills: [SkillName("PyTorch")]),
        PostingQuery(skills: [SkillName("Python"), SkillName("SQL")]),
        PostingQuery(skills: [SkillName("Python"), SkillName("Excel")]),
        PostingQuery(seniority: .senior),
        PostingQuery(seniority: .staff),
        PostingQuery(country: CountryCode("GB")),
        PostingQuery(workMode: .remote),
        PostingQuery(workMode: .onsite),
        PostingQuery(minSalary: 120_000),
        PostingQuery(company: "Beta Labs"),
        PostingQuery(postedSince: Day(iso8601: "2026-06-01")),
    ]

    func eachFilterAlone(_ store: any PostingRepository) async throws {
        let corpus = ConformanceFixtures.filterCorpus
        _ = try await store.upsert(corpus)
        for query in Self.singleFilterQueries {
            let expected = expectedIDs(corpus, query)
            let page = try await store.postings(matching: query)
            #expect(page.total == expected.count, "total for \(query)")
            #expect(try await ids(store, query) == expected, "ids for \(query)")
        }
        // The oracle agrees with hand-made expectations on a few
        #expect(expectedIDs(corpus, PostingQuery(seniority: .staff)) == ["o-nocountry"])
        #expect(expectedIDs(corpus, PostingQuery(company: "Beta Labs")) == ["m-company", "o-analyst"])
        #expect(expectedIDs(corpus, PostingQuery(skills: [SkillName("Python"), SkillName("Excel")])).isEmpty)
    }

    func allFiltersCombined(_ store: any PostingRepository) async throws {
        _ = try await store.upsert(ConformanceFixtures.filterCorpus)
        let query = ConformanceFixtures.combinedQuery
        let page = try await store.postings(matching: query)
        #expect(page.postings.map(\.facts.id.rawValue) == ["t-target"])
        #expect(page.total == 1)
        #expect(page.nextCursor == nil)
        #expect(expectedIDs(ConformanceFixtures.filterCorpus, query) == ["t-target"])
        // Dropping any one filter lets exactly its near miss(es) in as well
        var withoutRole = query
        withoutRole.role = nil
        #expect(try await ids(store, withoutRole).sorted() == ["m-role", "t-target"])
        var withoutCountry = query
        withoutCountry.country = nil
        #expect(try await ids(store, withoutCountry).sorted() == ["m-country", "t-target"])
        var withoutText = query
        withoutText.text = nil
        #expect(try await ids(store, withoutText).sorted() == ["m-text", "t-target"])
        var withoutSalary = query
        withoutSalary.minSalary = nil
        #expect(
            try await ids(store, withoutSalary).sorted() == [
                "m-salary-gbp", "m-salary-low", "m-salary-none", "t-target",
            ])
        var withoutSince = query
        withoutSince.postedSince = nil
        #expect(try await ids(store, withoutSince) == ["t-target", "m-posted"])
    }

    func minSalary(_ store: any PostingRepository) async throws {
        _ = try await store.upsert(ConformanceFixtures.filterCorpus)
        // $70/hour is 145,600 a year; "from $130k" reaches anything up to 130k; GBP never matches
        #expect(try await ids(store, PostingQuery(minSalary: 140_000)).contains("hourly"))
        #expect(try await ids(store, PostingQuery(minSalary: 150_000)).contains("hourly") == false)
        #expect(try await ids(store, PostingQuery(minSalary: 130_000)).contains("open-top"))
        #expect(try await ids(store, PostingQuery(minSalary: 130_001)).contains("open-top") == false)
        #expect(try await ids(store, PostingQuery(minSalary: 190_000)).sorted().contains("m-salary-gbp") == false)
        #expect(try await ids(store, PostingQuery(minSalary: 190_001)).isEmpty)
        #expect(
            try await ids(store, PostingQuery(minSalary: 190_000))
                == expectedIDs(ConformanceFixtures.filterCorpus, PostingQuery(minSalary: 190_000)))
    }

    func duplicatesHidden(_ store: any PostingRepository) async throws {
        let corpus = ConformanceFixtures.filterCorpus
        _ = try await store.upsert(corpus)
        let listed = try await ids(store, PostingQuery())
        #expect(!listed.contains("m-dup"))
        #expect(listed.count == corpus.count - 1)
        // Fetchable by id, with its original named
        let duplicate = try #require(try await store.posting(id: PostingID("m-dup")))
        #expect(duplicate.facts.duplicateOf == PostingID("t-target"))
        // Not counted in facets, not visited, not an original
        let facets = try await store.facets(matching: PostingQuery(role: RoleSlug("machine-learning-engineer")))
        let roleCount = facets.roles.first { $0.value == "machine-learning-engineer" }?.postings
        #expect(roleCount == expectedIDs(corpus, PostingQuery(role: RoleSlug("machine-learning-engineer"))).count)
        var visited: [String] = []
        try await store.forEachPosting(matching: PostingQuery()) { visited.append($0.id.rawValue) }
        #expect(!visited.contains("m-dup"))
        var originals: [String] = []
        try await store.originals { id, _ in originals.append(id.rawValue) }
        #expect(!originals.contains("m-dup"))
        // A posting that later becomes a duplicate leaves the listing
        var demoted = try #require(corpus.first { $0.facts.id.rawValue == "o-de" })
        demoted.facts.duplicateOf = PostingID("t-target")
        #expect(try await store.upsert([demoted]) == UpsertCounts(updated: 1))
        #expect(try await ids(store, PostingQuery()).contains("o-de") == false)
    }
}
