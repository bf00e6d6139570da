/// A set of token-id sequences ("machine learning engineer") looked up by their first token.
///
/// Matching is token-level: no regular expressions. The phrases live in three flat tables (entries
/// by first token, entries, and one pool of every phrase's tokens) read through a `Reader` of
/// buffer pointers: a look-up copies no array and retains nothing (an array of entries each holding
/// its own `[Int32]` retained one array per candidate looked at).
struct PhraseIndex<Value: Sendable>: Sendable {
    /// One phrase: its tokens are `tokens[tokenStart ..< tokenStart + tokenCount]`.
    struct Entry: Sendable {
        let tokenStart: Int32
        let tokenCount: Int32
        let value: Value
    }

    /// The entries of first token `t` are `entries[bucketStarts[t] ..< bucketStarts[t + 1]]`, longest first.
    private let bucketStarts: FrozenBuffer<Int32>
    private let entries: FrozenBuffer<Entry>
    private let tokens: FrozenBuffer<Int32>

    /// The token count of the longest entry: a match starting at `start` reads no token past
    /// `start + longestPhrase - 1`.
    let longestPhrase: Int

    var isEmpty: Bool { entries.buffer.isEmpty }

    /// An index of no phrases.
    init() {
        self.init([])
    }

    /// An index of `phrases`; a phrase without tokens, or starting with an unknown one, is left out.
    ///
    /// Entries of one first token are ordered as inserting them one at a time, in the order given, and
    /// sorting by length (longest first) after each insert would order them: so is the first of equally
    /// long phrases with equal tokens the one `longestMatch` finds.
    init(_ phrases: [(tokens: [Int32], value: Value)]) {
        var buckets: [[Int]] = []
        var longest = 0
        for (index, phrase) in phrases.enumerated() {
            guard let first = phrase.tokens.first, first >= 0 else { continue }
            longest = max(longest, phrase.tokens.count)
            if Int(first) >= buckets.count {
                buckets.append(contentsOf: repeatElement([], count: Int(first) + 1 - buckets.count))
            }
            buckets[Int(first)].append(index)
            buckets[Int(first)].sort { phrases[$0].tokens.count > phrases[$1].tokens.count }
        }
        var bucketStarts: [Int32] = [0]
        var entries: [Entry] = []
        var tokens: [Int32] = []
        for bucket in buckets {
            for index in bucket {
                let phrase = phrases[index]
                entries.append(
                    Entry(tokenStart: Int32(tokens.count), tokenCount: Int32(phrase.tokens.count), value: phrase.value))
                tokens.append(contentsOf: phrase.tokens)
            }
            bucketStarts.append(Int32(entries.count))
        }
        self.bucketStarts = FrozenBuffer(bucketStarts)
        self.entries = FrozenBuffer(entries)
        self.tokens = FrozenBuffer(tokens)
        self.longestPhrase = longest
    }

    /// The index's tables as buffer pointers, valid while this index (or a copy) lives.
    var reader: Reader {
        Reader(bucketStarts: bucketStarts.buffer, entries: entries.buffer, tokens: tokens.buffer)
    }

    /// Looks phrases up in a text's token ids; entries are named by their index.
    struct Reader {
        fileprivate let bucketStarts: UnsafeBufferPointer<Int32>
        fileprivate let entries: UnsafeBufferPointer<Entry>
        fileprivate let tokens: UnsafeBufferPointer<Int32>

        var entryCount: Int { entries.count }

        func value(of entry: Int) -> Value {
            entries[entry].value
        }

        /// The longest entry whose tokens occur in `text` starting at `start`, if any.
        func longestMatch(in text: UnsafeBufferPointer<Int32>, at start: Int) -> Int? {
            let candidates = self.candidates(in: text, at: start)
            for entry in candidates where matches(entry, in: text, at: start) { return entry }
            return nil
        }

        /// Whether any entry matching at `start` (longest first) satisfies `predicate`.
        func anyMatch(in text: UnsafeBufferPointer<Int32>, at start: Int, where predicate: (Value) -> Bool) -> Bool {
            for entry in candidates(in: text, at: start) where matches(entry, in: text, at: start) {
                if predicate(entries[entry].value) { return true }
            }
            return false
        }

        /// Whether any entry occurs anywhere in `text`.
        func occurs(in text: UnsafeBufferPointer<Int32>) -> Bool {
            text.indices.contains { longestMatch(in: text, at: $0) != nil }
        }

        /// The entries whose first token is `text[start]`.
        @inline(__always)
        private func candidates(in text: UnsafeBufferPointer<Int32>, at start: Int) -> Range<Int> {
            guard start < text.count else { return 0..<0 }
            let first = Int(text[start])
            guard first >= 0, first &+ 1 < bucketStarts.count else { return 0..<0 }
            return Int(bucketStarts[first])..<Int(bucketStarts[first &+ 1])
        }

        @inline(__always)
        private func matches(_ entry: Int, in text: UnsafeBufferPointer<Int32>, at start: Int) -> Bool {
            let phraseStart = Int(entries[entry].tokenStart), count = Int(entries[entry].tokenCount)
            guard start &+ count <= text.count else { return false }
            for offset in 0..<count where text[start &+ offset] != tokens[phraseStart &+ offset] {
                return false
            }
            return true
        }
    }
}
