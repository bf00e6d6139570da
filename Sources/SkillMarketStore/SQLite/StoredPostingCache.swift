import SkillMarketCore
import Synchronization

/// Stored postings by `seq` for one store generation: a search page takes the rows an earlier page of the
/// same generation read instead of reading them again (a board lists the newest postings over and over; the
/// rows' SQLite reads and decoding were over half of a search request's time in `perf`).
///
/// A reader passes the generation its read transaction sees, so a kept posting is the one that reader would
/// read. Bounded: when full it starts over; a newer generation empties it.
final class StoredPostingCache: Sendable {
    private struct State {
        var generation: Int64 = -1
        var postings: [Int64: StoredPosting] = [:]
    }

    private let state = Mutex(State())
    private let capacity: Int

    init(capacity: Int = 16_384) {
        self.capacity = capacity
    }

    /// The postings of `seqs` at `generation`, in `seqs` order; `load` reads the ones not kept (with their
    /// `seq`, in any order). A `seq` that `load` does not return is left out.
    func postings(
        _ seqs: [Int64], generation: Int64, load: ([Int64]) throws -> [(seq: Int64, posting: StoredPosting)]
    ) rethrows -> [StoredPosting] {
        var found = state.withLock { state in
            var hits: [Int64: StoredPosting] = [:]
            guard state.generation == generation else { return hits }
            for seq in seqs { hits[seq] = state.postings[seq] }
            return hits
        }
        let missing = seqs.filter { found[$0] == nil }
        if !missing.isEmpty {
            let loaded = try load(missing)
            for (seq, posting) in loaded { found[seq] = posting }
            state.withLock { state in
                guard generation >= state.generation else { return }
                if generation > state.generation || state.postings.count + loaded.count > capacity {
                    state.postings.removeAll(keepingCapacity: true)
                    state.generation = generation
                }
                for (seq, posting) in loaded { state.postings[seq] = posting }
            }
        }
        return seqs.compactMap { found[$0] }
    }
}
