import Logging
import PostgresNIO
import SkillMarketCore

/// Pages of distinct postings: newest first, `(posted DESC, id DESC)` in byte order, keyset cursor.
enum PostgresSearch {
    /// One page for the board: the total for the filters, `limit` postings after `cursor`, the next cursor.
    ///
    /// A cursor no page produced gives an empty last page (with the total), not an error.
    static func page(matching query: PostingQuery, client: PostgresClient, logger: Logger) async throws -> PostingPage {
        var after: PostingCursor?
        if let text = query.cursor {
            guard let cursor = PostingCursor(encoded: text), !cursor.id.utf8.contains(0),
                !cursor.posted.utf8.contains(0)
            else {
                return PostingPage(
                    total: try await total(matching: query, client: client, logger: logger), postings: [],
                    nextCursor: nil)
            }
            after = cursor
        }
        let size = StoreLimits.pageSize(query.limit)
        let rows = try await rows(matching: query, after: after, limit: size + 1, client: client, logger: logger)
        let page = rows.prefix(size)
        return PostingPage(
            total: try await total(matching: query, client: client, logger: logger), postings: page.map(\.posting),
            nextCursor: rows.count > size ? page.last?.cursor.encoded : nil)
    }

    /// How many distinct postings match `query`'s filters.
    static func total(matching query: PostingQuery, client: PostgresClient, logger: Logger) async throws -> Int {
        var count = PostgresStatement("SELECT count(*) FROM posting p")
        PostgresFilter.appendWhere(query, to: &count)
        var total = 0
        for try await value in try await client.query(count.query, logger: logger).decode(Int.self) { total = value }
        return total
    }

    /// Up to `limit` distinct postings matching `query` after `after`, with their cursors.
    static func rows(
        matching query: PostingQuery, after: PostingCursor?, limit: Int, client: PostgresClient, logger: Logger
    ) async throws -> [(posting: StoredPosting, cursor: PostingCursor)] {
        var statement = PostgresStatement("SELECT \(PostgresPostingColumns.selectList) FROM posting p")
        PostgresFilter.appendWhere(query, to: &statement)
        if let after {
            statement.append(" AND (p.posted, p.id) < (" + statement.bind(after.posted) + ", ")
            statement.append(statement.bind(after.id) + ")")
        }
        statement.append(" ORDER BY p.posted DESC, p.id DESC LIMIT \(max(limit, 1))")
        return try await load(statement, client: client, logger: logger)
    }

    /// Runs a statement that selects `PostgresPostingColumns.selectList` and decodes every row.
    static func load(_ statement: PostgresStatement, client: PostgresClient, logger: Logger) async throws
        -> [(posting: StoredPosting, cursor: PostingCursor)]
    {
        var rows: [(posting: StoredPosting, cursor: PostingCursor)] = []
        for try await row in try await client.query(statement.query, logger: logger) {
            rows.append(try PostgresPostingColumns.decode(row))
        }
        return rows
    }
}
