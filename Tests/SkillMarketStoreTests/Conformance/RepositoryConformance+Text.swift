import SkillMarketCore
import Testing

extension RepositoryConformance {
    static let textCorpus: [StoredPosting] = [
        ConformanceFixtures.posting(
            "x-munich", title: "Backend Developer", company: "Müller Systems",
            description: "Office in München near the river."),
        ConformanceFixtures.posting(
            "x-cyrillic", title: "Инженер данных", company: "Ромашка", description: "Работа с Python и SQL."),
        ConformanceFixtures.posting(
            "x-analyst", title: "Data Analyst", company: "Beta Labs", description: "SQL dashboards for finance."),
        ConformanceFixtures.posting(
            "x-dup", title: "Data Analyst", company: "Beta Labs", duplicateOf: "x-analyst",
            description: "SQL dashboards for finance."),
    ]

    func textSearch(_ store: any PostingRepository) async throws {
        _ = try await store.upsert(Self.textCorpus)
        let cases: [(String, [String])] = [
            ("dashboards", ["x-analyst"]),  // description
            ("ANALYST", ["x-analyst"]),  // title, any case
            ("beta", ["x-analyst"]),  // company
            ("sql", ["x-cyrillic", "x-analyst"]),
            ("dashboards finance", ["x-analyst"]),  // all words
            ("finance river", []),
            ("  finance,  ", ["x-analyst"]),
        ]
        for (text, expected) in cases {
            let page = try await store.postings(matching: PostingQuery(text: text))
            #expect(page.postings.map(\.facts.id.rawValue).sorted() == expected.sorted(), "q=\(text)")
            #expect(page.total == expected.count, "total for q=\(text)")
            #expect(
                expectedIDs(Self.textCorpus, PostingQuery(text: text)).sorted() == expected.sorted(), "oracle q=\(text)"
            )
        }
        // Combined with another filter
        let both = try await store.postings(matching: PostingQuery(text: "sql", company: "Beta Labs"))
        #expect(both.postings.map(\.facts.id.rawValue) == ["x-analyst"])
    }

    func textSyntax(_ store: any PostingRepository) async throws {
        _ = try await store.upsert(Self.textCorpus)
        let all = Self.textCorpus.count - 1
        // Text without words is no filter at all
        for text in ["", "   ", "\"", "*", "()", "-", "\"\"\"", ":", "^", "+-*/"] {
            #expect(try await store.postings(matching: PostingQuery(text: text)).total == all, "q=\(text)")
        }
        // Operators are plain words, quotes and stars are separators; nothing throws
        let noMatch = [
            "sql OR river", "NOT sql", "NEAR(sql dashboards)", "title:analyst", "sql AND river",
            "'; DROP TABLE posting; --",
            "sql\" OR \"river", "{title}: sql river", "x-munich",
        ]
        for text in noMatch {
            #expect(try await store.postings(matching: PostingQuery(text: text)).total == 0, "q=\(text)")
        }
        // Including words a tokenizer splits (circled letters, spacing and enclosing marks)
        for text in [
            "dash*", "sql*", "\u{0}", "sql\u{0}", "🚀", String(repeating: "a ", count: 500), "sql\u{24D0}dashboards",
            "sql\u{0903}dashboards", "sql\u{20DD}dashboards", "x\u{E000}y", "\u{24D0}",
        ] {
            _ = try await store.postings(matching: PostingQuery(text: text))
            _ = try await store.facets(matching: PostingQuery(text: text))
        }
        #expect(try await store.postings(matching: PostingQuery(text: "\"dashboards\"")).total == 1)
        #expect(try await store.postings(matching: PostingQuery(text: "\"sql")).total == 2)
        #expect(try await store.postings(matching: PostingQuery()).total == all)
    }

    func unicodeText(_ store: any PostingRepository) async throws {
        _ = try await store.upsert(Self.textCorpus)
        let cases: [(String, [String])] = [
            ("münchen", ["x-munich"]),
            ("MÜNCHEN", ["x-munich"]),
            ("müller", ["x-munich"]),
            ("инженер", ["x-cyrillic"]),  // title "Инженер": case folded beyond ASCII
            ("ромашка", ["x-cyrillic"]),
            ("работа python", ["x-cyrillic"]),
        ]
        for (text, expected) in cases {
            let found = try await store.postings(matching: PostingQuery(text: text)).postings.map(\.facts.id.rawValue)
            #expect(found == expected, "q=\(text)")
        }
        let facets = try await store.facets(matching: PostingQuery(text: "данных"))
        #expect(facets.companies == [Facets.Count(value: "Ромашка", postings: 1)])
    }

    func originals(_ store: any PostingRepository) async throws {
        let corpus = ConformanceFixtures.filterCorpus
        _ = try await store.upsert(corpus)
        var seen: [PostingID: DuplicateFingerprint] = [:]
        try await store.originals { id, fingerprint in
            #expect(seen[id] == nil, "\(id) yielded twice")
            seen[id] = fingerprint
        }
        let expected = corpus.filter { $0.facts.duplicateOf == nil && $0.facts.fingerprint != nil }
        #expect(Set(seen.keys) == Set(expected.map(\.facts.id)))
        for posting in expected { #expect(seen[posting.facts.id] == posting.facts.fingerprint) }
    }
}
