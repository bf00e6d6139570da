import Synchronization

/// Values computed from one store generation (facets by filter, text matches by words, page rows by `seq`),
/// kept until a newer generation is seen.
///
/// The generation is `storeState.generation`, which every upsert that changes something increments in its
/// transaction, so a reader learns it in the same snapshot as the data it reads: a kept value is used
/// only by a reader of the same generation, and a newer generation empties the cache. Bounded: when full it
/// starts over (reads repeat heavily on a board — the same filters, the newest postings — and a miss costs
/// one computation).
final class GenerationCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct State {
        var generation: Int64 = -1
        var values: [Key: Value] = [:]
    }

    private let state = Mutex(State())
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value for `key` at `generation`, computing and keeping it on a miss.
    func value(_ key: Key, generation: Int64, compute: () throws -> Value) rethrows -> Value {
        if let hit = state.withLock({ $0.generation == generation ? $0.values[key] : nil }) { return hit }
        let value = try compute()
        keep([(key, value)], generation: generation)
        return value
    }

    /// The values of `keys` at `generation`, in `keys` order; `load` computes the ones not kept (as pairs,
    /// in any order). A key that `load` does not return is left out.
    func values(_ keys: [Key], generation: Int64, load: ([Key]) throws -> [(Key, Value)]) rethrows -> [Value] {
        var found = state.withLock { state in
            var hits: [Key: Value] = [:]
            guard state.generation == generation else { return hits }
            for key in keys { hits[key] = state.values[key] }
            return hits
        }
        let missing = keys.filter { found[$0] == nil }
        if !missing.isEmpty {
            let loaded = try load(missing)
            for (key, value) in loaded { found[key] = value }
            keep(loaded, generation: generation)
        }
        return keys.compactMap { found[$0] }
    }

    private func keep(_ pairs: [(Key, Value)], generation: Int64) {
        state.withLock { state in
            guard generation >= state.generation else { return }
            if generation > state.generation || state.values.count + pairs.count > capacity {
                state.values.removeAll(keepingCapacity: true)
                state.generation = generation
            }
            for (key, value) in pairs { state.values[key] = value }
        }
    }
}
