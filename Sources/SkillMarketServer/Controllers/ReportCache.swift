import SkillMarketCore
import Synchronization

/// Built reports by (normalised filter, `as_of`, store generation): a bounded least-recently-used cache.
///
/// A report aggregates every matching posting, so the board's repeated filters are answered from here.
/// Entries of an older generation are never returned (the key holds the generation) and age out.
final class ReportCache: Sendable {
    /// What makes two board queries produce the same report: the filters without cursor and limit, skills
    /// as a set, an empty company as none.
    struct Key: Hashable, Sendable {
        var generation: Int64
        var text: String?
        var role: String?
        var skills: [String]
        var seniority: String?
        var country: String?
        var workMode: String?
        var minSalary: Int64?
        var company: String?
        var postedSince: String?
        var asOf: String?

        init(_ query: BoardQuery, generation: Int64) {
            let filters = query.filters
            self.generation = generation
            text = filters.text
            role = filters.role?.rawValue
            skills = Set(filters.skills.map(\.rawValue)).sorted()
            seniority = filters.seniority?.rawValue
            country = filters.country?.rawValue
            workMode = filters.workMode?.rawValue
            minSalary = filters.minSalary
            company = filters.company.flatMap { $0.isEmpty ? nil : $0 }
            postedSince = filters.postedSince?.description
            asOf = query.asOf?.description
        }
    }

    private struct State {
        var reports: [Key: (report: Report, lastUse: UInt64)] = [:]
        var clock: UInt64 = 0
    }

    private let state = Mutex(State())
    private let capacity: Int

    init(capacity: Int = 256) {
        self.capacity = capacity
    }

    func report(_ key: Key) -> Report? {
        state.withLock { state in
            guard let entry = state.reports[key] else { return nil }
            state.clock += 1
            state.reports[key] = (entry.report, state.clock)
            return entry.report
        }
    }

    /// Keeps `report`, first dropping the least recently used entry when full.
    func insert(_ report: Report, for key: Key) {
        state.withLock { state in
            if state.reports[key] == nil, state.reports.count >= capacity,
                let oldest = state.reports.min(by: { $0.value.lastUse < $1.value.lastUse })?.key
            {
                state.reports[oldest] = nil
            }
            state.clock += 1
            state.reports[key] = (report, state.clock)
        }
    }
}
