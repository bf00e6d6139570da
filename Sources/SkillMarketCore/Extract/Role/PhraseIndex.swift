/// A set of token-id sequences ("machine learning engineer") looked up by their first token.
///
/// Matching is token-level: no regular expressions, one array read per title token.
struct PhraseIndex<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let tokens: [Int32]
        let value: Value
    }

    /// Entries by first token id, longest phrase first.
    private var byFirstToken: [[Entry]] = []

    private(set) var isEmpty = true
    /// The token count of the longest entry: a match starting at `start` reads no token past
    /// `start + longestPhrase - 1`.
    private(set) var longestPhrase = 0

    mutating func insert(_ tokens: [Int32], value: Value) {
        guard let first = tokens.first, first >= 0 else { return }
        if Int(first) >= byFirstToken.count {
            byFirstToken.append(contentsOf: repeatElement([], count: Int(first) + 1 - byFirstToken.count))
        }
        byFirstToken[Int(first)].append(Entry(tokens: tokens, value: value))
        byFirstToken[Int(first)].sort { $0.tokens.count > $1.tokens.count }
        isEmpty = false
        longestPhrase = max(longestPhrase, tokens.count)
    }

    /// Every entry whose tokens occur in `tokens` starting at `start`, longest first (read lazily:
    /// no array is made).
    func matches(in tokens: [Int32], at start: Int) -> LazyFilterSequence<ArraySlice<Entry>> {
        candidates(in: tokens, at: start).lazy.filter { Self.tokens(tokens, at: start, startWith: $0.tokens) }
    }

    /// The longest entry starting at `start`, if any.
    func longestMatch(in tokens: [Int32], at start: Int) -> Entry? {
        candidates(in: tokens, at: start).first { Self.tokens(tokens, at: start, startWith: $0.tokens) }
    }

    /// Whether any entry occurs anywhere in `tokens`.
    func occurs(in tokens: [Int32]) -> Bool {
        tokens.indices.contains { longestMatch(in: tokens, at: $0) != nil }
    }

    private func candidates(in tokens: [Int32], at start: Int) -> ArraySlice<Entry> {
        guard start < tokens.count else { return [] }
        let first = Int(tokens[start])
        guard first >= 0, first < byFirstToken.count else { return [] }
        return byFirstToken[first][...]
    }

    private static func tokens(_ tokens: [Int32], at start: Int, startWith phrase: [Int32]) -> Bool {
        guard start + phrase.count <= tokens.count else { return false }
        for offset in phrase.indices where tokens[start + offset] != phrase[offset] {
            return false
        }
        return true
    }
}
