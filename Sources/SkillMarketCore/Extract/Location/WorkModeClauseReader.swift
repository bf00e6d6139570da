/// Collects the words of one clause and the two words after it, while they fit its buffers
/// (`WorkModeText.withClause` reads a clause through it, on the stack first).
struct WorkModeClauseReader: WorkModeWordVisitor {
    /// Room for word bytes; the first `count` are written.
    let bytes: UnsafeMutableBufferPointer<UInt8>
    private(set) var count = 0
    /// Room for words; the first `wordCount` are written.
    let words: UnsafeMutableBufferPointer<Range<Int>>
    /// Per word written: its bytes packed like `PackedWordTable.pack` (the last eight of a longer word).
    let keys: UnsafeMutableBufferPointer<UInt64>
    private(set) var wordCount = 0
    /// A word or its bytes did not fit: the reading is incomplete.
    private(set) var overflowed = false
    /// Words read in the first clause.
    private(set) var clauseWords = 0
    /// The clause of the word being read: 0 for the clause read, then 1, 2, … for the words after it.
    private(set) var clause = 0
    private var pendingClauseBreak = false
    private var wordStart = 0
    private var key: UInt64 = 0
    private var wordsAfterClause = 0

    /// `keys` has room for as many words as `words`.
    init(
        bytes: UnsafeMutableBufferPointer<UInt8>, words: UnsafeMutableBufferPointer<Range<Int>>,
        keys: UnsafeMutableBufferPointer<UInt64>
    ) {
        self.bytes = bytes
        self.words = words
        self.keys = keys
    }

    mutating func startWord() {
        if pendingClauseBreak {
            clause += 1
            pendingClauseBreak = false
        }
        wordStart = count
        key = 0
    }

    mutating func letter(_ byte: UInt8) {
        guard count < bytes.count else {
            overflowed = true
            return
        }
        bytes[count] = byte
        count &+= 1
        key = key << 8 | UInt64(byte)
    }

    mutating func endWord() -> Bool {
        guard !overflowed, wordCount < words.count else {
            overflowed = true
            return false
        }
        words[wordCount] = wordStart..<count
        keys[wordCount] = key
        wordCount &+= 1
        if clause == 0 { clauseWords += 1 } else { wordsAfterClause += 1 }
        return wordsAfterClause < 2
    }

    mutating func clauseBreak(end: Int) -> Bool {
        pendingClauseBreak = true
        return true
    }
}
