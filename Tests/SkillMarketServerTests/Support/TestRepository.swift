import SkillMarketCore
import Synchronization

/// TEMPORARY stand-in until branch `sqlite` lands; replaced by `SQLiteRepository.inMemory()` in
/// `ServerFixture.makeRepository()`.
final class TestRepository: PostingRepository {
    private let state = Mutex<[PostingID: StoredPosting]>([:])
    private var stored: [PostingID: StoredPosting] { state.withLock { $0 } }

    func upsert(_ postings: [StoredPosting]) async throws -> UpsertCounts {
        state.withLock { stored in
            var counts = UpsertCounts()
            for posting in postings {
                if let old = stored[posting.facts.id] {
                    if old == posting { counts.unchanged += 1 } else { counts.updated += 1 }
                } else {
                    counts.new += 1
                }
                stored[posting.facts.id] = posting
            }
            return counts
        }
    }

    private func matching(_ query: PostingQuery) -> [StoredPosting] {
        stored.values.filter { posting in
            let f = posting.facts
            guard f.duplicateOf == nil else { return false }
            if let text = query.text?.lowercased(),
                !(f.title.lowercased().contains(text) || (f.company ?? "").lowercased().contains(text)
                    || posting.description.lowercased().contains(text))
            { return false }
            if let role = query.role, f.role != role { return false }
            if !query.skills.allSatisfy(f.skills.contains) { return false }
            if let s = query.seniority, f.seniority != s { return false }
            if let c = query.country, f.country != c { return false }
            if let m = query.workMode, !f.workModes.contains(m) { return false }
            if let company = query.company, f.company != company { return false }
            if let since = query.postedSince, (f.posted.map { $0 < since } ?? true) { return false }
            if let min = query.minSalary {
                guard let s = f.salary, s.currency == .usd, let high = s.annualMax ?? s.annualMin, high.cents >= min * 100
                else { return false }
            }
            return true
        }.sorted { ($0.facts.posted?.description ?? "", $0.facts.id) > ($1.facts.posted?.description ?? "", $1.facts.id) }
    }

    func postings(matching query: PostingQuery) async throws -> PostingPage {
        let all = matching(query)
        let start = query.cursor.flatMap { Int($0.dropFirst()) } ?? 0
        let page = Array(all.dropFirst(start).prefix(query.limit))
        let next = start + page.count < all.count ? "c\(start + page.count)" : nil
        return PostingPage(total: all.count, postings: page, nextCursor: next)
    }

    func posting(id: PostingID) async throws -> StoredPosting? { stored[id] }

    func facets(matching query: PostingQuery) async throws -> Facets {
        let all = matching(query).map(\.facts)
        func counts(_ values: [String]) -> [Facets.Count] {
            Dictionary(grouping: values, by: { $0 }).map { Facets.Count(value: $0.key, postings: $0.value.count) }
                .sorted { ($1.postings, $0.value) < ($0.postings, $1.value) }
        }
        return Facets(
            roles: counts(all.compactMap { $0.role?.rawValue }), skills: counts(all.flatMap { $0.skills.map(\.rawValue) }),
            seniority: counts(all.map(\.seniority.rawValue)), countries: counts(all.compactMap { $0.country?.rawValue }),
            workModes: counts(all.flatMap { $0.workModes.map(\.rawValue) }), companies: counts(all.compactMap(\.company)))
    }

    func forEachPosting(matching query: PostingQuery, _ body: (ExtractedPosting) throws -> Void) async throws {
        for posting in matching(query) { try body(posting.facts) }
    }

    func originals(_ body: (PostingID, DuplicateFingerprint) throws -> Void) async throws {}

    func isHealthy() async -> Bool { true }
}
