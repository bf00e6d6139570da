import SkillMarketCore

extension StoredPosting {
    /// This posting with U+0000 in any text replaced by U+FFFD (PostgreSQL `text` cannot hold it; SQLite
    /// readers stop at it). Costs one byte scan when there is none.
    func withoutNUL() -> StoredPosting {
        var copy = self
        copy.description = Self.storable(description)
        copy.url = url.map(Self.storable)
        copy.source = source.map(Self.storable)
        copy.facts.id = PostingID(Self.storable(facts.id.rawValue))
        copy.facts.title = Self.storable(facts.title)
        copy.facts.company = facts.company.map(Self.storable)
        copy.facts.location = facts.location.map(Self.storable)
        copy.facts.duplicateOf = facts.duplicateOf.map { PostingID(Self.storable($0.rawValue)) }
        return copy
    }

    /// `text` with each U+0000 as U+FFFD.
    static func storable(_ text: String) -> String {
        var probe = text
        guard probe.withUTF8({ $0.contains(0) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(scalar == "\u{0}" ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }
}
