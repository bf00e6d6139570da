/// A fixed set of lower-case words, asked whether a word of a text (ASCII letters folded) is in it without
/// making a `String`.
struct FoldedWordSet: Sendable {
    private var vocabulary = TokenVocabulary()

    init(_ words: [String]) {
        for word in words { _ = vocabulary.intern(word) }
    }

    /// Whether `text[range]`, with ASCII upper-case letters folded, is one of the words.
    func contains(_ range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { folded in
            for offset in 0..<range.count { folded[offset] = AliasAutomaton.folded(text[range.lowerBound + offset]) }
            return vocabulary.withLookup { $0.id(of: UnsafeBufferPointer(folded)) } != TokenVocabulary.unknown
        }
    }
}
