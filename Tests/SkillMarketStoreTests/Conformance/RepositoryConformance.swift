import SkillMarketCore
import Testing

/// The behaviour every `PostingRepository` must show; each store's tests run every check on a fresh, empty store.
///
///     @Test(arguments: RepositoryConformance.Check.allCases)
///     func conforms(_ check: RepositoryConformance.Check) async throws {
///         try await RepositoryConformance(make: { try SQLiteRepository.inMemory() }).run(check)
///     }
struct RepositoryConformance: Sendable {
    /// A new, empty repository for each check.
    let make: @Sendable () async throws -> any PostingRepository

    enum Check: String, CaseIterable, Sendable, CustomTestStringConvertible {
        case upsertCountsNewUpdatedUnchanged
        case reingestIsIdempotent
        case sameIDTwiceInOneBatch
        case roundTripIsExact
        case hostileDescriptionRoundTrips
        case nulBecomesReplacementCharacter
        case updateReplacesSkillsAndModes
        case eachFilterAlone
        case allFiltersCombined
        case minSalaryUsesUSDAnnualTop
        case duplicatesHiddenButFetchable
        case paginationVisitsEachPostingOnce
        case limitIsClamped
        case invalidCursorGivesEmptyPage
        case facetsEqualDirectCounts
        case facetsIgnoreTheirOwnFilter
        case forEachPostingMatchesListing
        case textSearchFindsWords
        case textSearchIgnoresSyntax
        case unicodeTextSearch
        case originalsYieldFingerprints
        case healthy

        var testDescription: String { rawValue }
    }

    func runAll() async throws {
        for check in Check.allCases { try await run(check) }
    }

    func run(_ check: Check) async throws {
        let store = try await make()
        switch check {
        case .upsertCountsNewUpdatedUnchanged: try await upsertCounts(store)
        case .reingestIsIdempotent: try await idempotent(store)
        case .sameIDTwiceInOneBatch: try await sameIDTwice(store)
        case .roundTripIsExact: try await roundTrip(store)
        case .hostileDescriptionRoundTrips: try await hostileDescription(store)
        case .nulBecomesReplacementCharacter: try await nulCharacter(store)
        case .updateReplacesSkillsAndModes: try await updateReplacesLinks(store)
        case .eachFilterAlone: try await eachFilterAlone(store)
        case .allFiltersCombined: try await allFiltersCombined(store)
        case .minSalaryUsesUSDAnnualTop: try await minSalary(store)
        case .duplicatesHiddenButFetchable: try await duplicatesHidden(store)
        case .paginationVisitsEachPostingOnce: try await pagination(store)
        case .limitIsClamped: try await limitClamped(store)
        case .invalidCursorGivesEmptyPage: try await invalidCursor(store)
        case .facetsEqualDirectCounts: try await facets(store)
        case .facetsIgnoreTheirOwnFilter: try await facetsIgnoreOwnFilter(store)
        case .forEachPostingMatchesListing: try await forEachPosting(store)
        case .textSearchFindsWords: try await textSearch(store)
        case .textSearchIgnoresSyntax: try await textSyntax(store)
        case .unicodeTextSearch: try await unicodeText(store)
        case .originalsYieldFingerprints: try await originals(store)
        case .healthy: #expect(await store.isHealthy())
        }
    }

    // MARK: Helpers shared by the checks

    /// Every page of `query`, following cursors; checks that `total` never changes.
    func allPages(
        _ store: any PostingRepository, _ query: PostingQuery, sourceLocation: SourceLocation = #_sourceLocation
    )
        async throws -> (total: Int, postings: [StoredPosting], pages: Int)
    {
        var query = query
        var collected: [StoredPosting] = []
        var total: Int?
        var pages = 0
        repeat {
            let page = try await store.postings(matching: query)
            pages += 1
            if let total { #expect(page.total == total, "total changed between pages", sourceLocation: sourceLocation) }
            total = page.total
            collected += page.postings
            query.cursor = page.nextCursor
            if pages > 10_000 { Issue.record("cursor never ends", sourceLocation: sourceLocation); break }
        } while query.cursor != nil
        return (total ?? 0, collected, pages)
    }

    /// Ids of every listed posting for `query`, in order.
    func ids(_ store: any PostingRepository, _ query: PostingQuery) async throws -> [String] {
        try await allPages(store, query).postings.map(\.facts.id.rawValue)
    }

    /// The reference listing's ids.
    func expectedIDs(_ corpus: [StoredPosting], _ query: PostingQuery) -> [String] {
        ReferenceQuery.listing(corpus, query).map(\.facts.id.rawValue)
    }
}
