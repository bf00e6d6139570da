import SkillMarketCore
import Synchronization

/// The API JSON of recently served postings by id, so the pages a board serves over and over are not rendered
/// again (rendering was a fifth of a search request's CPU in `perf`, with the rows already cached by the store).
///
/// An entry is used only for a posting equal to the one it was rendered from, so a changed posting is
/// rendered anew; the comparison is cheap when both come from the store's row cache (shared storage).
/// Bounded: when full it starts over.
final class PostingJSONCache: Sendable {
    private let entries = Mutex<[String: (posting: StoredPosting, json: String)]>([:])
    private let capacity: Int

    init(capacity: Int = 16_384) {
        self.capacity = capacity
    }

    /// `PostingJSON.object(posting)`, from the cache when `posting` was rendered before.
    func json(_ posting: StoredPosting) -> String {
        let id = posting.facts.id.rawValue
        if let entry = entries.withLock({ $0[id] }), entry.posting == posting { return entry.json }
        let json = PostingJSON.object(posting)
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[id] = (posting, json)
        }
        return json
    }
}
