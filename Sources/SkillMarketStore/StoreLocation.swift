/// Where `--db` points: a SQLite file path (the embedded default) or a PostgreSQL URL.
public enum StoreLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)

    /// `postgres://…` and `postgresql://…` are PostgreSQL; anything else is a SQLite path.
    public init(_ text: String) {
        if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else {
            self = .sqlite(path: text)
        }
    }
}
