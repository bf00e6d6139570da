import GRDB
import SkillMarketCore
import Synchronization

/// The `ListingIndex` of the newest store generation a reader has seen, shared by a repository's readers,
/// with the full-text match sets of that generation's recent text queries.
///
/// A reader asks in its read transaction: the index for the generation it sees is returned, loaded first
/// (under the lock, so concurrent readers wait for one load) when the store has changed. A reader of an
/// older generation than the kept index (it began before a commit) loads a private index.
final class ListingIndexCache: Sendable {
    private let current = Mutex<ListingIndex?>(nil)
    /// Match sets by FTS5 expression: a board repeats a few words, and a set is one bit per posting.
    private let textMatches = GenerationCache<String, PositionSet>(capacity: 256)

    func index(in db: Database) throws -> ListingIndex {
        let generation = try Self.generation(in: db)
        return try current.withLock { current in
            if let index = current, index.generation == generation { return index }
            let index = try ListingIndex.load(generation: generation, in: db)
            if generation > (current?.generation ?? -1) { current = index }
            return index
        }
    }

    /// `index`'s positions matching `query.text` (`nil` without words), from the cache when this generation
    /// has run the same words before.
    func textMatches(_ query: PostingQuery, index: ListingIndex, in db: Database) throws -> TextMatches {
        guard let expression = ListingIndex.textExpression(query) else { return nil }
        return try textMatches.value(expression, generation: index.generation) {
            try index.textMatches(expression, in: db)
        }
    }

    /// `storeState.generation`: every upsert that changes something advances it in its transaction. Every read
    /// asks first, so the statement is prepared once per connection (GRDB prepares `sql:` fetches each time).
    static func generation(in db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT generation FROM storeState")) ?? 0
    }
}
