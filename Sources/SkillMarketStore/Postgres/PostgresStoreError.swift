/// What went wrong talking to PostgreSQL, in words for the person who typed `--db`.
public enum PostgresStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The `--db` URL can't be used (the reason says which part).
    case invalidURL(String)
    /// A stored value this version can't read (a row written by something else).
    case unreadableRow(String)
    /// The repository was shut down before this call.
    case shutDown

    public var description: String {
        switch self {
        case .invalidURL(let reason): "invalid PostgreSQL URL: \(reason)"
        case .unreadableRow(let reason): "unreadable PostgreSQL row: \(reason)"
        case .shutDown: "the PostgreSQL store was shut down"
        }
    }
}
