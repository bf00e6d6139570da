import Foundation

/// Where a page ends: the `(posted, id)` of its last posting, as an opaque URL-safe string.
///
/// Pages are ordered `posted DESC, id DESC` (byte order of the UTF-8 text; PostgreSQL needs `COLLATE "C"`),
/// with "" for an unknown posted day, so the next page is every row with `(posted, id) < (cursor.posted, cursor.id)`.
///
///     PostingCursor(posted: "2026-06-30", id: "a1").encoded  // "djF8MjAyNi0wNi0zMHxhMQ"
struct PostingCursor: Sendable, Equatable {
    var posted: String
    var id: String

    /// The URL-safe base64 (no padding) of "v1|posted|id".
    var encoded: String {
        Data("v1|\(posted)|\(id)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    init(posted: String, id: String) {
        self.posted = posted
        self.id = id
    }

    /// Reads `encoded` back; `nil` for text that no page produced.
    init?(encoded text: String) {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.utf8.count % 4) % 4)
        guard text.utf8.count <= 2_048, let data = Data(base64Encoded: base64),
            let plain = String(data: data, encoding: .utf8)
        else { return nil }
        let parts = plain.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "v1", !parts[2].isEmpty else { return nil }
        posted = String(parts[1])
        id = String(parts[2])
    }
}

/// Sizes shared by every store.
enum StoreLimits {
    /// Values per facet.
    static let facetValues = 50
    /// Postings fetched per round trip by `forEachPosting`.
    static let scanPage = 500
    /// Fingerprints fetched per round trip by `originals`.
    static let fingerprintPage = 5_000

    /// `limit` clamped to 1...`PostingQuery.maxLimit`.
    static func pageSize(_ limit: Int) -> Int { min(max(limit, 1), 100) }
}
