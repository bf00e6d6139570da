import SkillMarketCore
import Testing

extension RepositoryConformance {
    /// 25 postings over 5 days (ties broken by id) plus 3 without a date.
    static let pagingCorpus: [StoredPosting] = (0..<28).map { index in
        let days = ["2026-06-01", "2026-06-03", "2026-05-30", "2026-06-03", "2026-01-15"]
        return ConformanceFixtures.posting(
            "p-\(index < 10 ? "0" : "")\(index)", seniority: index % 3 == 0 ? .senior : .mid,
            skills: index % 2 == 0 ? ["Python"] : ["SQL"], posted: index >= 25 ? nil : days[index % days.count])
    }

    func pagination(_ store: any PostingRepository) async throws {
        let corpus = Self.pagingCorpus
        _ = try await store.upsert(corpus)
        for query in [
            PostingQuery(limit: 7), PostingQuery(limit: 1), PostingQuery(skills: [SkillName("Python")], limit: 4),
        ] {
            // When every page is followed
            let result = try await allPages(store, query)
            let expected = expectedIDs(corpus, query)
            // Then each posting comes exactly once, newest first, and the total held
            #expect(result.postings.map(\.facts.id.rawValue) == expected)
            #expect(Set(result.postings.map(\.facts.id)).count == result.postings.count)
            #expect(result.total == expected.count)
            #expect(result.pages == (expected.count + query.limit - 1) / query.limit)
            #expect(result.pages > 2)
        }
        // A page is full until the last
        let first = try await store.postings(matching: PostingQuery(limit: 7))
        #expect(first.postings.count == 7)
        #expect(first.total == 28)
        #expect(first.postings.first?.facts.id.rawValue == "p-23")  // 2026-06-03, highest id
        // A cursor stays valid when newer postings arrive: the next page continues after it
        _ = try await store.upsert([ConformanceFixtures.posting("p-new", posted: "2027-01-01")])
        var next = PostingQuery(limit: 7)
        next.cursor = first.nextCursor
        let second = try await store.postings(matching: next)
        #expect(
            second.postings.map(\.facts.id.rawValue)
                == Array(expectedIDs(corpus, PostingQuery()).dropFirst(7).prefix(7)))
        #expect(second.total == 29)
    }

    func limitClamped(_ store: any PostingRepository) async throws {
        _ = try await store.upsert((0..<120).map { ConformanceFixtures.posting("l-\($0)") })
        #expect(try await store.postings(matching: PostingQuery(limit: 0)).postings.count == 1)
        #expect(try await store.postings(matching: PostingQuery(limit: -5)).postings.count == 1)
        let large = try await store.postings(matching: PostingQuery(limit: 1_000))
        #expect(large.postings.count == PostingQuery.maxLimit)
        #expect(large.total == 120)
        #expect(large.nextCursor != nil)
        #expect(try await store.postings(matching: PostingQuery()).postings.count == PostingQuery.defaultLimit)
    }

    func invalidCursor(_ store: any PostingRepository) async throws {
        _ = try await store.upsert(Self.pagingCorpus)
        for cursor in ["", "not a cursor", "%%%", "djF8", String(repeating: "A", count: 5_000), "' OR 1=1 --"] {
            let page = try await store.postings(matching: PostingQuery(cursor: cursor))
            #expect(page.postings.isEmpty, "cursor \(cursor.prefix(20))")
            #expect(page.total == Self.pagingCorpus.count)
            #expect(page.nextCursor == nil)
        }
    }

    func facets(_ store: any PostingRepository) async throws {
        let corpus = ConformanceFixtures.filterCorpus + Self.pagingCorpus
        _ = try await store.upsert(corpus)
        for query in Self.singleFilterQueries + [ConformanceFixtures.combinedQuery] {
            #expect(
                try await store.facets(matching: query) == ReferenceQuery.facets(corpus, query), "facets for \(query)")
        }
        // Cursor and limit do not matter
        let all = try await store.facets(matching: PostingQuery())
        #expect(try await store.facets(matching: PostingQuery(limit: 1, cursor: "x")) == all)
        // A direct count: every Python posting once
        let python = try await store.postings(matching: PostingQuery(skills: [SkillName("Python")])).total
        #expect(all.skills.first { $0.value == "Python" }?.postings == python)
    }

    func facetsIgnoreOwnFilter(_ store: any PostingRepository) async throws {
        let corpus = ConformanceFixtures.filterCorpus
        _ = try await store.upsert(corpus)
        let unfiltered = try await store.facets(matching: PostingQuery())
        // Given role=data-analyst (one posting, in GB)
        let analyst = try await store.facets(matching: PostingQuery(role: RoleSlug("data-analyst")))
        // Then roles still count every role, as if no role were chosen
        #expect(analyst.roles == unfiltered.roles)
        #expect(analyst.roles.contains { $0.value == "machine-learning-engineer" && $0.postings > 1 })
        // And every other dimension counts only the chosen role
        #expect(analyst.countries == [Facets.Count(value: "GB", postings: 1)])
        #expect(analyst.skills.map(\.value).sorted() == ["Excel", "SQL"])
        // Two filters: each dimension drops only its own
        let query = PostingQuery(role: RoleSlug("machine-learning-engineer"), country: CountryCode("GB"))
        let both = try await store.facets(matching: query)
        let gbOnly = try await store.postings(matching: PostingQuery(country: CountryCode("GB"), limit: 100))
        #expect(both.roles.reduce(0) { $0 + $1.postings } == gbOnly.postings.filter { $0.facts.role != nil }.count)
        #expect(both.countries.first { $0.value == "US" }?.postings ?? 0 > 1)
        #expect(both == ReferenceQuery.facets(corpus, query))
        // Skills drop every skill filter
        let skilled = PostingQuery(skills: [SkillName("Excel")])
        #expect(try await store.facets(matching: skilled).skills == unfiltered.skills)
        #expect(try await store.facets(matching: skilled) == ReferenceQuery.facets(corpus, skilled))
    }

    func forEachPosting(_ store: any PostingRepository) async throws {
        // More postings than one internal batch of any store is likely to use
        let many = (0..<1_234).map { index in
            ConformanceFixtures.posting(
                "f-\(index)", country: index % 4 == 0 ? "GB" : "US", skills: index % 5 == 0 ? ["Rust"] : ["Go"],
                posted: "2026-0\(1 + index % 9)-1\(index % 10)")
        }
        let corpus = many + ConformanceFixtures.filterCorpus
        _ = try await store.upsert(corpus)
        for query in [
            PostingQuery(), PostingQuery(country: CountryCode("GB")), ConformanceFixtures.combinedQuery,
            PostingQuery(skills: [SkillName("Rust")], limit: 3, cursor: "ignored"),
        ] {
            var visited: [ExtractedPosting] = []
            try await store.forEachPosting(matching: query) { visited.append($0) }
            var listingQuery = query
            listingQuery.cursor = nil
            listingQuery.limit = PostingQuery.maxLimit
            let listed = try await allPages(store, listingQuery).postings.map(\.facts)
            #expect(visited.count == listed.count)
            #expect(Set(visited.map(\.id)) == Set(listed.map(\.id)))
            #expect(Set(visited.map(\.id)) == Set(expectedIDs(corpus, listingQuery).map(PostingID.init)))
            let byID = Dictionary(uniqueKeysWithValues: listed.map { ($0.id, $0) })
            #expect(visited.allSatisfy { byID[$0.id] == $0 })
        }
        // An error thrown by the body stops the scan and reaches the caller
        struct Stop: Error {}
        var calls = 0
        await #expect(throws: Stop.self) {
            try await store.forEachPosting(matching: PostingQuery()) { _ in
                calls += 1
                if calls == 3 { throw Stop() }
            }
        }
        #expect(calls == 3)
    }
}
