import GRDB
import Synchronization

/// Results of read queries (facets) by their filter's SQL and arguments, valid for one store generation.
///
/// The generation is `storeState.generation`, which every upsert that changes something increments in its
/// transaction, so a reader learns it in the same snapshot as the data it reads: a cached value is
/// used only by a reader of the same generation, and a newer generation empties the cache. Bounded: when
/// full it starts over (queries repeat heavily on a board; a miss costs one computation).
final class SQLiteReadCache<Value: Sendable>: Sendable {
    struct Key: Hashable, Sendable {
        var sql: String
        var arguments: StatementArguments
    }

    private struct State {
        var generation: Int64 = -1
        var values: [Key: Value] = [:]
    }

    private let state = Mutex(State())
    private let capacity: Int

    init(capacity: Int = 4_096) {
        self.capacity = capacity
    }

    /// The value for `key` at `generation`, computing and keeping it on a miss.
    func value(_ key: Key, generation: Int64, compute: () throws -> Value) rethrows -> Value {
        if let hit = state.withLock({ $0.generation == generation ? $0.values[key] : nil }) { return hit }
        let value = try compute()
        state.withLock { state in
            guard generation >= state.generation else { return }
            if generation > state.generation || state.values.count >= capacity {
                state.values.removeAll(keepingCapacity: true)
                state.generation = generation
            }
            state.values[key] = value
        }
        return value
    }
}
