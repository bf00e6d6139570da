/// Reads the clauses of a text that hold a work-mode key word, skipping all others.
///
/// Every `WorkModeText` rule needs one of `keys` in the clause of its phrase ("remote",
/// "on site", "in the office", "work from home", …), so a clause without one states nothing.
/// Words (`WorkModeWords`: ASCII letters and digits, apostrophes vanishing inside) are found from
/// `ASCIIWordRuns`, sixteen bytes at a time; a word is compared by length and first letter, then by
/// its last eight letters packed into a `UInt64`: a longer word that only shares its ending is read
/// needlessly, never missed. The clause of a key word is found by looking back for a clause mark.
///
/// Some keys count only after certain words ("site" in "on site", "home" in "work from home"): when the
/// word before such a key is none of them, the key cannot be part of a phrase and its clause is not
/// read for it.
///
/// A run reaches the key test only when `filter` passes it or an apostrophe follows it (`mayBeKey`):
/// one table read for most words.
struct WorkModeKeyClauses {
    /// Each key with the words that must come right before it for a rule to read it
    /// (`PreviousWord` bits), or `anyContext`.
    private static let keys: [(word: String, after: UInt8)] = [
        ("remote", anyContext), ("remotely", anyContext), ("hybrid", anyContext), ("onsite", anyContext),
        ("site", PreviousWord.on), ("person", PreviousWord.in),
        ("office", PreviousWord.in | PreviousWord.the | PreviousWord.from | PreviousWord.at | orBeforeBased),
        ("wfh", anyContext), ("home", PreviousWord.from | PreviousWord.at),
        ("anywhere", PreviousWord.from | PreviousWord.at), ("telecommute", anyContext), ("telecommuting", anyContext),
        ("telecommuter", anyContext), ("telework", anyContext), ("teleworking", anyContext), ("teleworker", anyContext),
    ]

    /// A key read wherever it stands.
    private static let anyContext: UInt8 = 0xFF
    /// A key also read before "based" ("office based") and in a structured field (a bare "office").
    private static let orBeforeBased: UInt8 = 0x80

    /// Entry `n`, bit `b`: some key has `n` bytes and starts with letter `"a" + b`.
    private static let keyStarts: [UInt32] = keys.reduce(into: [UInt32](repeating: 0, count: 32)) { starts, key in
        for first in key.word.utf8.prefix(1) { starts[key.word.utf8.count] |= 1 << UInt32(first - UInt8(ascii: "a")) }
    }
    private static let table = PackedWordTable(keys.map { (word: $0.word, value: $0.after) })

    /// Runs that may be keys: a key of up to eight bytes by its first two bytes, a longer one
    /// (tested by its first letter and last eight, `isKey`) by its first byte.
    static let filter = RunStartFilter(keys.map { RunStartFilter.Word(word: $0.word, anySecond: $0.word.utf8.count > 8) })

    /// The findings of the clauses read so far.
    private(set) var findings = WorkModeText.Findings()
    private let structured: Bool
    /// The start of the clause read last.
    private var readClause = -1
    /// The last key word seen and its clause: looking back for a clause mark stops there.
    private var lastKey = 0
    private var lastKeyClause = 0

    /// A reader of one text's runs, in order; `structured` for a `workplace` value.
    init(structured: Bool) {
        self.structured = structured
    }

    /// The findings of every clause of `text` that holds a key word.
    static func findings(in text: UnsafeBufferPointer<UInt8>, structured: Bool) -> WorkModeText.Findings {
        var reader = WorkModeKeyClauses(structured: structured)
        filter.lengths.withUnsafeBufferPointer { lengths in
            filter.shortestRuns.withUnsafeBufferPointer { shortest in
                ASCIIWordRuns.forEachCandidate(in: text, joins: true, shortest: shortest) { start, end in
                    if mayBeKey(start, end, in: text, filter: lengths) { reader.read(run: start, end, in: text) }
                }
            }
        }
        return reader.findings
    }

    /// Whether the run `text[start..<end]` may be a key (`isKey`), by `filter` (its `lengths`) or an
    /// apostrophe after it.
    @inline(__always)
    static func mayBeKey(_ start: Int, _ end: Int, in text: UnsafeBufferPointer<UInt8>, filter: UnsafeBufferPointer<UInt32>)
        -> Bool
    {
        RunStartFilter.passes(filter, run: start, end, in: text) || isApostrophe(at: end, in: text)
    }

    /// Reads the clause of the run `text[start..<end]` if the run is a key word and the clause was
    /// not read for the key before it. Runs come in text order (any run may come; most are skipped).
    mutating func read(run start: Int, _ end: Int, in text: UnsafeBufferPointer<UInt8>) {
        guard Self.isKey(start, end, in: text, structured: structured) else { return }
        let clause = Self.clauseStart(before: start, in: text, stoppingAt: lastKey, whose: lastKeyClause)
        lastKey = start
        lastKeyClause = clause
        if clause != readClause {
            readClause = clause
            WorkModeText.withClause(of: text, at: clause, structured: structured) { $0.collect(into: &findings) }
        }
    }

    /// Whether the run `text[start..<end]` is a key word where it stands: joined to the letters
    /// after an apostrophe ("re'mote") any key counts, else a key whose context allows it.
    static func isKey(_ start: Int, _ end: Int, in text: UnsafeBufferPointer<UInt8>, structured: Bool) -> Bool {
        func mayBeKey(first: UInt8, length: Int) -> Bool {
            let letter = UInt32(first &- UInt8(ascii: "a"))
            return length < 32 && letter < 26 && keyStarts[length] >> letter & 1 != 0
        }
        if isApostrophe(at: end, in: text) {
            guard !continuesWord(at: start, in: text) else { return false }
            let word = joinedWord(from: start, in: text)
            return mayBeKey(first: word.first, length: word.length) && table.lookup(word.packed, length: word.length) != nil
        }
        // Digits keep their value under `| 0x20`: 0x30...0x39 have bit 5 set.
        guard mayBeKey(first: text[start] | 0x20, length: end &- start), !continuesWord(at: start, in: text),
            let after = table.lookup(packedWord(start, end, in: text), length: end &- start)
        else { return false }
        return after == anyContext || structured && after & orBeforeBased != 0
            || previousWord(before: start, in: text) & after != 0
            || after & orBeforeBased != 0 && mayBeBased(after: end, in: text)
    }

    /// The words that may come before a context-bound key, one bit each.
    private enum PreviousWord {
        static let on: UInt8 = 1 << 0
        static let `in`: UInt8 = 1 << 1
        static let the: UInt8 = 1 << 2
        static let from: UInt8 = 1 << 3
        static let at: UInt8 = 1 << 4
        /// The word may be joined to more letters by an apostrophe: it could be any.
        static let unknown: UInt8 = 0x7F
    }

    /// The `PreviousWord` bit of the word before byte `start` in its clause: 0 for another word, at a
    /// clause mark or at the start of the text.
    private static func previousWord(before start: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var index = start
        while index > 0 {
            let byte = text[index - 1]
            if byte.isASCIILetterOrDigit { return previousWordBit(endingAt: index, in: text) }
            if WorkModeWords.isASCIIClauseMark(byte) { return 0 }
            if byte == UInt8(ascii: "'") { return PreviousWord.unknown }
            switch threeByteSign(endingAt: index, in: text) {
            case 0x93, 0x94, 0xA2: return 0  // en dash, em dash, bullet
            case 0x98, 0x99: return PreviousWord.unknown  // curly apostrophes
            default: index -= 1
            }
        }
        return 0
    }

    /// The `PreviousWord` bit of the word whose last letter is byte `end - 1` (longer than four
    /// letters it is none of them).
    private static func previousWordBit(endingAt end: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var start = end
        while start > 0, end - start < 5, text[start - 1].isASCIILetterOrDigit { start -= 1 }
        if end - start == 5 { return 0 }
        if start > 0, text[start - 1] == UInt8(ascii: "'") || text[start - 1] == 0x98 || text[start - 1] == 0x99 {
            return PreviousWord.unknown
        }
        switch (packedWord(start, end, in: text), end - start) {
        case (0x6F6E, 2): return PreviousWord.on  // "on"
        case (0x696E, 2): return PreviousWord.in  // "in"
        case (0x74_6865, 3): return PreviousWord.the  // "the"
        case (0x6672_6F6D, 4): return PreviousWord.from  // "from"
        case (0x6174, 2): return PreviousWord.at  // "at"
        default: return 0
        }
    }

    /// Whether the word after byte `end` in its clause may be "based" (also when an apostrophe makes it unsure).
    private static func mayBeBased(after end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = end
        while index < text.count, !text[index].isASCIILetterOrDigit {
            if WorkModeWords.isASCIIClauseMark(text[index]) { return false }
            // An apostrophe may join letters to the word, and E2 may start one: read the clause.
            if text[index] == UInt8(ascii: "'") || text[index] == 0xE2 { return true }
            index += 1
        }
        let based: StaticString = "based"
        var offset = 0
        while offset < 5, index + offset < text.count, text[index + offset] | 0x20 == based.utf8Start[offset] {
            offset += 1
        }
        return offset == 5 && (index + 5 == text.count || !text[index + 5].isASCIILetterOrDigit)
            || isApostrophe(at: index + offset, in: text)
    }

    /// A word as the key test reads it: its first letter, letter count and last eight letters
    /// packed like `PackedWordTable.pack`, all lower-cased.
    private struct Word {
        var first: UInt8
        var length = 0
        var packed: UInt64 = 0
    }

    /// The last eight bytes of `text[start..<end]`, lower-cased and packed like `PackedWordTable.pack`.
    @inline(__always)
    private static func packedWord(_ start: Int, _ end: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if end &- start >= 8, let base = text.baseAddress {
            let bytes = UInt64(littleEndian: UnsafeRawPointer(base + end - 8).loadUnaligned(as: UInt64.self))
            return bytes.byteSwapped | 0x2020_2020_2020_2020
        }
        var packed: UInt64 = 0
        for index in start..<end { packed = packed << 8 | UInt64(text[index] | 0x20) }
        return packed
    }

    /// The word starting at `start` whose letters continue past apostrophes ("isn't" → "isnt").
    private static func joinedWord(from start: Int, in text: UnsafeBufferPointer<UInt8>) -> Word {
        var word = Word(first: text[start] | 0x20)
        var index = start
        while index < text.count {
            let byte = text[index]
            if byte.isASCIILetterOrDigit {
                word.length += 1
                word.packed = word.packed << 8 | UInt64(byte | 0x20)
                index += 1
            } else if let width = apostropheWidth(at: index, in: text) {
                index += width
            } else {
                break
            }
        }
        return word
    }

    /// Whether the run at `start` continues a word: apostrophes, and a letter or digit before them.
    @inline(__always)
    private static func continuesWord(at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start > 0, text[start - 1] == UInt8(ascii: "'") || text[start - 1] == 0x98 || text[start - 1] == 0x99
        else { return false }
        var index = start
        while index > 0 {
            let byte = text[index - 1]
            if byte.isASCIILetterOrDigit { return true }
            if byte == UInt8(ascii: "'") {
                index -= 1
            } else if index >= 3, byte == 0x98 || byte == 0x99, text[index - 2] == 0x80, text[index - 3] == 0xE2 {
                index -= 3
            } else {
                return false
            }
        }
        return false
    }

    /// Whether an apostrophe (`'`, `‘`, `’`) starts at `index`.
    @inline(__always)
    static func isApostrophe(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        index < text.count && (text[index] == UInt8(ascii: "'") || text[index] == 0xE2)
            && apostropheWidth(at: index, in: text) != nil
    }

    /// The byte count of the apostrophe at `index` (1 or 3), or `nil` when none starts there.
    private static func apostropheWidth(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        if text[index] == UInt8(ascii: "'") { return 1 }
        guard text[index] == 0xE2, index + 2 < text.count, text[index + 1] == 0x80,
            text[index + 2] == 0x98 || text[index + 2] == 0x99
        else { return nil }
        return 3
    }

    /// Where the clause holding byte `start` begins: just after the last clause mark before it
    /// (`WorkModeWords`). Looking back stops at byte `known` (0 at first), whose clause starts at `knownClause`.
    private static func clauseStart(
        before start: Int, in text: UnsafeBufferPointer<UInt8>, stoppingAt known: Int, whose knownClause: Int
    ) -> Int {
        var index = start
        while index > known {
            if WorkModeWords.isASCIIClauseMark(text[index - 1]) { return index }
            switch threeByteSign(endingAt: index, in: text) {
            case 0x93, 0x94, 0xA2: return index  // en dash, em dash, bullet
            default: index -= 1
            }
        }
        return knownClause
    }

    /// The last byte of the three-byte character E2 80 xx that ends at `end`, or 0 when none does.
    @inline(__always)
    private static func threeByteSign(endingAt end: Int, in text: UnsafeBufferPointer<UInt8>) -> UInt8 {
        guard end >= 3, text[end - 2] == 0x80, text[end - 3] == 0xE2 else { return 0 }
        return text[end - 1]
    }
}
