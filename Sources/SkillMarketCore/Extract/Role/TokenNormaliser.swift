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
    /// The most ids one token becomes (at least 1: an unknown token stays one id).
    private var longestForm = 1

    init(expansions: [String: [String]], ignoredTokens: Set<String>) {
        self.expansions = expansions
        self.ignoredTokens = ignoredTokens
        for token in expansions.keys.sorted() + ignoredTokens.sorted() { _ = intern(token) }
    }

    /// Normalised ids of a catalogue phrase; its new words join the vocabulary.
    mutating func normalisedTokens(interning text: String) -> [Int32] {
        TitleTokenizer.tokens(of: text).flatMap { normalForms[Int(intern($0))] }
    }

    /// The normaliser's tables copied into fixed storage, read per posting without closures (see
    /// `FrozenBuffer`); words interned later are not in it.
    func frozen() -> Frozen {
        Frozen(
            vocabulary: vocabulary.frozen(), selfForm: FrozenBuffer(selfForm), normalForms: FrozenBuffer(normalForms),
            longestForm: longestForm)
    }

    /// A normaliser that no longer changes (see `frozen()`).
    struct Frozen: Sendable {
        fileprivate let vocabulary: TokenVocabulary.Frozen
        fileprivate let selfForm: FrozenBuffer<Int32>
        fileprivate let normalForms: FrozenBuffer<[Int32]>
        fileprivate let longestForm: Int

        /// A reader valid while this value (or a copy) lives.
        var reader: Reader {
            Reader(
                lookup: vocabulary.lookup, selfForm: selfForm.buffer, normalForms: normalForms.buffer,
                longestForm: longestForm)
        }
    }

    /// Normalises text with the tables of a frozen `TokenNormaliser`.
    struct Reader {
        fileprivate let lookup: TokenVocabulary.Lookup
        fileprivate let selfForm: UnsafeBufferPointer<Int32>
        fileprivate let normalForms: UnsafeBufferPointer<[Int32]>
        fileprivate let longestForm: Int

        /// Calls `body` with each normalised id of the UTF-8 text `bytes`, in order.
        @inline(__always)
        func forEachNormalisedToken(of bytes: UnsafeBufferPointer<UInt8>, _ body: (Int32) -> Void) {
            TitleTokenizer.forEachToken(in: bytes) { token in
                let id = lookup.id(of: token)
                if id == TokenVocabulary.unknown || selfForm[Int(id)] >= 0 {
                    body(id)
                } else {
                    for formID in normalForms[Int(id)] { body(formID) }
                }
            }
        }

        /// Calls `body` with the normalised ids of the UTF-8 text `bytes` (a title), held in scratch
        /// space valid only during the call instead of an array per text: a text has at most one token
        /// per byte ("&&" is "and and"), each at most `longestForm` ids.
        func withNormalisedTokens<Result>(
            of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<Int32>) -> Result
        ) -> Result {
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: bytes.count * longestForm + 1) { ids in
                var count = 0
                forEachNormalisedToken(of: bytes) { id in
                    ids[count] = id
                    count &+= 1
                }
                return body(UnsafeBufferPointer(rebasing: ids[..<count]))
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
            longestForm = max(longestForm, form.count)
            selfForm[Int(id)] = form == [id] ? id : -2
        } else if ignoredTokens.contains(token) {
            normalForms[Int(id)] = []
            selfForm[Int(id)] = -2
        }
        return id
    }
}
