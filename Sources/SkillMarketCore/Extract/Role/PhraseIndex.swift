/// A set of token sequences ("machine learning engineer") looked up by their first token.
///
/// Matching is token-level: no regular expressions, one dictionary probe per title token.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let tokens: [String]
        let value: Value
    }

    /// Entries by first token, longest phrase first.
    private var byFirstToken: [String: [Entry]] = [:]

    var isEmpty: Bool { byFirstToken.isEmpty }

    /// Every token of every entry (with repeats).
    var allTokens: [String] { byFirstToken.values.flatMap { $0.flatMap(\.tokens) } }

    mutating func insert(_ tokens: [String], value: Value) {
        guard let first = tokens.first else { return }
        var entries = byFirstToken[first, default: []]
        entries.append(Entry(tokens: tokens, value: value))
        entries.sort { $0.tokens.count > $1.tokens.count }
        byFirstToken[first] = entries
    }

    /// Every entry whose tokens occur in `tokens` starting at `start`, longest first.
    func matches(in tokens: [String], at start: Int) -> [Entry] {
        guard start < tokens.count, let candidates = byFirstToken[tokens[start]] else { return [] }
        return candidates.filter { Self.tokens(tokens, at: start, startWith: $0.tokens) }
    }

    /// The longest entry starting at `start`, if any.
    func longestMatch(in tokens: [String], at start: Int) -> Entry? {
        guard start < tokens.count, let candidates = byFirstToken[tokens[start]] else { return nil }
        return candidates.first { Self.tokens(tokens, at: start, startWith: $0.tokens) }
    }

    /// Whether any entry occurs anywhere in `tokens`.
    func occurs(in tokens: [String]) -> Bool {
        tokens.indices.contains { longestMatch(in: tokens, at: $0) != nil }
    }

    private static func tokens(_ tokens: [String], at start: Int, startWith phrase: [String]) -> Bool {
        guard start + phrase.count <= tokens.count else { return false }
        for offset in phrase.indices where tokens[start + offset] != phrase[offset] {
            return false
        }
        return true
    }
}
