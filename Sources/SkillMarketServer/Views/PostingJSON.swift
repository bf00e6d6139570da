import SkillMarketCore

/// The API's JSON for stored postings: the `extract` object (SPEC section 2 plus id, title,
/// company) with `url` added last.
enum PostingJSON {
    /// One posting object; the field list is `ExtractedPosting.writeJSON`'s, so the API and
    /// `extract` never drift apart.
    static func object(_ posting: StoredPosting) -> String {
        var facts = JSONWriter()
        posting.facts.writeJSON(to: &facts)
        var url = JSONWriter()
        url.string(posting.url)
        var bytes = facts.bytes
        guard bytes.last == UInt8(ascii: "}") else { return facts.text }
        bytes.removeLast()
        bytes.append(contentsOf: Array(",\"url\":".utf8) + url.bytes + [UInt8(ascii: "}")])
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `{"total": N, "postings": [...], "next_cursor": "…" | null}`, each posting's object from `objects`.
    static func page(_ page: PostingPage, objects: PostingJSONCache) -> String {
        var cursor = JSONWriter()
        cursor.string(page.nextCursor)
        return "{\"total\":\(page.total),\"postings\":[" + page.postings.map(objects.json).joined(separator: ",")
            + "],\"next_cursor\":" + cursor.text + "}"
    }
}
