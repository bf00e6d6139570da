import GRDB
import Synchronization

/// The `ListingIndex` of the newest store generation a reader has seen, shared by a repository's readers.
///
/// A reader asks in its read transaction: the index for the generation it sees is returned, loaded first
/// (under the lock, so concurrent readers wait for one load) when the store has changed. A reader of an
/// older generation than the kept index (it began before a commit) loads a private index.
final class ListingIndexCache: Sendable {
    private let current = Mutex<ListingIndex?>(nil)

    func index(in db: Database) throws -> ListingIndex {
        let generation = try Self.generation(in: db)
        return try current.withLock { current in
            if let index = current, index.generation == generation { return index }
            let index = try ListingIndex.load(generation: generation, in: db)
            if generation > (current?.generation ?? -1) { current = index }
            return index
        }
    }

    /// `storeState.generation`: every upsert that changes something advances it in its transaction.
    static func generation(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT generation FROM storeState") ?? 0
    }
}
