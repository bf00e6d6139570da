/// Turns titles, descriptions and catalogue phrases into normalised token ids: words lower-cased by
/// ``TitleTokenizer``, abbreviations expanded ("ml" → "machine", "learning"), ignored qualifier words
/// dropped, and every word the catalogue does not know made ``TokenVocabulary/unknown`` (it matches no
/// phrase, so phrase matches are the same as on the words themselves, with no `String` per word).
struct TokenNormaliser: Sendable {
    private var vocabulary = TokenVocabulary()
    /// Per id: what the token becomes (its expansion without ignored tokens; nothing when ignored; else itself).
    private var normalForms: [[Int32]] = []
    /// Per id: the id itself when its normal form is just itself (most tokens), else `-2`.
    private var selfForm: [Int32] = []
    private let expansions: [String: [String]]
    private let ignoredTokens: Set<String>

    init(expansions: [String: [String]], ignoredTokens: Set<String>) {
        self.expansions = expansions
        self.ignoredTokens = ignoredTokens
        for token in expansions.keys.sorted() + ignoredTokens.sorted() { _ = intern(token) }
    }

    /// Normalised ids of a catalogue phrase; its new words join the vocabulary.
    mutating func normalisedTokens(interning text: String) -> [Int32] {
        TitleTokenizer.tokens(of: text).flatMap { normalForms[Int(intern($0))] }
    }

    /// Normalised ids of a title or description.
    func normalisedTokens(_ text: String) -> [Int32] {
        var text = text
        var result: [Int32] = []
        result.reserveCapacity(16)  // a title's tokens at once, not several regrowths
        text.withUTF8 { appendNormalisedTokens(of: $0, to: &result) }
        return result
    }

    /// Appends the normalised ids of the UTF-8 text `bytes` to `result`.
    func appendNormalisedTokens(of bytes: UnsafeBufferPointer<UInt8>, to result: inout [Int32]) {
        withReader { $0.appendNormalisedTokens(of: bytes, to: &result) }
    }

    /// Calls `body` with a reader over the normaliser's tables (valid only during the call), so a text
    /// read a piece at a time pays for reaching the tables once.
    func withReader<Result>(_ body: (Reader) -> Result) -> Result {
        vocabulary.withLookup { lookup in
            selfForm.withUnsafeBufferPointer { selfForm in
                normalForms.withUnsafeBufferPointer { normalForms in
                    body(Reader(lookup: lookup, selfForm: selfForm, normalForms: normalForms))
                }
            }
        }
    }

    /// Normalises text with the tables of a `TokenNormaliser` (see `withReader`).
    struct Reader {
        fileprivate let lookup: TokenVocabulary.Lookup
        fileprivate let selfForm: UnsafeBufferPointer<Int32>
        fileprivate let normalForms: UnsafeBufferPointer<[Int32]>

        /// Appends the normalised ids of the UTF-8 text `bytes` to `result`.
        func appendNormalisedTokens(of bytes: UnsafeBufferPointer<UInt8>, to result: inout [Int32]) {
            TitleTokenizer.forEachToken(in: bytes) { token in
                let id = lookup.id(of: token)
                if id == TokenVocabulary.unknown || selfForm[Int(id)] >= 0 {
                    result.append(id)
                } else {
                    result.append(contentsOf: normalForms[Int(id)])
                }
            }
        }
    }

    private mutating func intern(_ token: String) -> Int32 {
        let id = vocabulary.intern(token)
        guard Int(id) == normalForms.count else { return id }
        normalForms.append([id])
        selfForm.append(id)
        if let expansion = expansions[token] {
            // Expansions are not expanded again, only filtered.
            let form = expansion.filter { !ignoredTokens.contains($0) }.map { intern($0) }
            normalForms[Int(id)] = form
            selfForm[Int(id)] = form == [id] ? id : -2
        } else if ignoredTokens.contains(token) {
            normalForms[Int(id)] = []
            selfForm[Int(id)] = -2
        }
        return id
    }
}
