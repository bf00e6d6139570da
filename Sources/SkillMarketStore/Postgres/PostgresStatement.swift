import PostgresNIO

/// SQL text built from constant fragments, with every value bound as `$n`.
///
/// The only way to put a value into the text is `bind(_:)`, which returns its placeholder, so user
/// input never becomes SQL.
///
///     var statement = PostgresStatement()
///     statement.append("SELECT id FROM posting WHERE role = \(statement.bind("data-engineer"))")  // … = $1
struct PostgresStatement: Sendable {
    private(set) var sql = ""
    private(set) var binds = PostgresBindings()

    init(_ sql: String = "") { self.sql = sql }

    /// The placeholder (`$n`) of a newly bound value.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    /// The placeholder of a newly bound value, or of SQL `NULL`.
    mutating func bind<Value: PostgresDynamicTypeEncodable>(_ value: Value?) -> String {
        binds.append(value)
        return "$\(binds.count)"
    }

    mutating func append(_ fragment: String) { sql += fragment }

    var query: PostgresQuery { PostgresQuery(unsafeSQL: sql, binds: binds) }
}
