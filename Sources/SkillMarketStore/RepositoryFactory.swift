import SkillMarketCore

/// An open store and how to close it (PostgreSQL's connection pool has to be shut down).
public struct OpenedStore: Sendable {
    public let repository: any PostingRepository
    public let close: @Sendable () async -> Void
}

/// Opens the store `--db` names: a SQLite file (created with its schema if missing) or PostgreSQL.
public enum RepositoryFactory {
    public static func open(_ location: StoreLocation) throws -> OpenedStore {
        switch location {
        case .sqlite(let path):
            return OpenedStore(repository: try SQLiteRepository(path: path), close: {})
        case .postgres(let url):
            let repository = try PostgresRepository(url: url)
            return OpenedStore(repository: repository, close: { await repository.shutdown() })
        }
    }
}
