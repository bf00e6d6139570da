import Foundation
import SkillMarketCore

/// Builds the SPEC section 3 report for the distinct postings matching a board query.
///
/// The store already removed duplicates, so postings enter the aggregator as originals (their
/// fingerprints are dropped to skip a second detection): `postings.input` and `distinct` are the
/// number of matching distinct postings, `duplicates` and `rejected` are 0. The report's role is
/// the `role` filter, `as_of` the `as_of` parameter. Time and memory: one pass over the matches,
/// the aggregator keeps counters only. Built reports are cached per store generation (`ReportCache`) when
/// the repository has generations, and builds run at most one per core at a time, first come first served
/// (`BuildGate`), so a large report is not slowed by every request in flight.
struct FilteredReport: Sendable {
    let repository: any PostingRepository
    let taxonomy: Taxonomy
    let roles: RoleCatalogue
    let cache = ReportCache()
    let gate = BuildGate(width: ProcessInfo.processInfo.activeProcessorCount)

    func build(_ query: BoardQuery) async throws -> Report {
        guard let generation = try await repository.generation() else {
            return try await gate.run { try await aggregate(query) }
        }
        let key = ReportCache.Key(query, generation: generation)
        if let report = cache.report(key) { return report }
        return try await gate.run {
            // The same report may have been built while this request waited.
            if let report = cache.report(key) { return report }
            let report = try await aggregate(query)
            cache.insert(report, for: key)
            return report
        }
    }

    /// The report from one pass over the matching postings.
    private func aggregate(_ query: BoardQuery) async throws -> Report {
        var filters = query.filters
        filters.cursor = nil
        var aggregator = ReportAggregator(
            options: ReportOptions(role: filters.role, asOf: query.asOf, country: filters.country))
        try await repository.forEachPosting(matching: filters) { posting in
            var original = posting
            original.fingerprint = nil
            original.duplicateOf = nil
            aggregator.add(.posting(original))
        }
        return aggregator.report(taxonomy: taxonomy)
    }

    /// "Machine Learning Engineer" for the role filter; "All roles" without one.
    func subject(for query: BoardQuery) -> String {
        guard let role = query.filters.role else { return "All roles" }
        return PostingText.roleName(role, in: roles)
    }
}
