/// A skill mention with the words around it, so a user can audit why a posting counted.
public struct SkillEvidence: Sendable, Equatable {
    public var match: SkillMatch
    /// About 60 bytes either side of the mention, on one line, cut at word boundaries.
    public var context: String

    public init(match: SkillMatch, context: String) {
        self.match = match
        self.context = context
    }

    /// Evidence for `match` inside `text` (the text the matcher scanned).
    public init(match: SkillMatch, in text: String, radius: Int = 60) {
        let bytes = Array(text.utf8)
        var start = max(0, match.utf8Range.lowerBound - radius)
        var end = min(bytes.count, match.utf8Range.upperBound + radius)
        while start > 0, start < match.utf8Range.lowerBound, bytes[start - 1] != 0x20 { start += 1 }
        while end < bytes.count, end > match.utf8Range.upperBound, bytes[end] != 0x20 { end -= 1 }
        // Never cut a UTF-8 sequence in half.
        while start < bytes.count, bytes[start] & 0xC0 == 0x80 { start += 1 }
        while end < bytes.count, end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
        var line = String(decoding: bytes[start..<end], as: UTF8.self)
        line = String(line.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        self.init(match: match, context: (start > 0 ? "…" : "") + line + (end < bytes.count ? "…" : ""))
    }
}
