/// Reads the clauses of a text that hold a work-mode key word, skipping all others.
///
/// Every `WorkModeText` rule needs one of `keys` in the clause of its phrase ("remote",
/// "on site", "in the office", "work from home", …), so a clause without one states nothing.
/// Words (`WorkModeWords`: ASCII letters and digits, apostrophes vanishing inside) are found from
/// `ASCIIWordRuns`, eight bytes at a time; a word is compared by length and first letter, then by
/// its last eight letters packed into a `UInt64`: a longer word that only shares its ending is read
/// needlessly, never missed. The clause of a key word is found by looking back for a clause mark.
enum WorkModeKeyClauses {
    static let keys = [
        "remote", "remotely", "hybrid", "onsite", "site", "office", "person", "wfh", "home", "anywhere",
        "telecommute", "telecommuting", "telecommuter", "telework", "teleworking", "teleworker",
    ]

    /// Entry `n`, bit `b`: some key has `n` bytes and starts with letter `"a" + b`.
    private static let keyStarts: [UInt32] = keys.reduce(into: [UInt32](repeating: 0, count: 32)) { starts, key in
        for first in key.utf8.prefix(1) { starts[key.utf8.count] |= 1 << UInt32(first - UInt8(ascii: "a")) }
    }
    private static let table = PackedWordTable(keys.map { (word: $0, value: ()) })

    /// The findings of every clause of `text` that holds a key word.
    static func findings(in text: UnsafeBufferPointer<UInt8>, structured: Bool) -> WorkModeText.Findings {
        let table = Self.table
        var findings = WorkModeText.Findings()
        var readClause = -1
        // The last key word seen and its clause: looking back for a clause mark stops there.
        var lastKey = 0
        var lastKeyClause = 0
        keyStarts.withUnsafeBufferPointer { keyStarts in
            ASCIIWordRuns.forEach(in: text) { start, end in
                func mayBeKey(first: UInt8, length: Int) -> Bool {
                    let letter = UInt32(first &- UInt8(ascii: "a"))
                    return length < 32 && letter < 26 && keyStarts[length] >> letter & 1 != 0
                }
                if isApostrophe(at: end, in: text) {
                    guard !continuesWord(at: start, in: text) else { return }
                    let word = joinedWord(from: start, in: text)
                    guard mayBeKey(first: word.first, length: word.length), table.lookup(word.packed, length: word.length) != nil
                    else { return }
                } else {
                    // Digits keep their value under `| 0x20`: 0x30...0x39 have bit 5 set.
                    guard mayBeKey(first: text[start] | 0x20, length: end &- start), !continuesWord(at: start, in: text),
                        table.lookup(packedWord(start, end, in: text), length: end &- start) != nil
                    else { return }
                }
                let clause = clauseStart(before: start, in: text, stoppingAt: lastKey, whose: lastKeyClause)
                lastKey = start
                lastKeyClause = clause
                if clause != readClause {
                    readClause = clause
                    WorkModeText(text, clauseAt: clause, structured: structured).collect(into: &findings)
                }
            }
        }
        return findings
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
    private static func isApostrophe(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
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
    /// (`WorkModeWords`), or 0. Looking back stops at byte `known`, whose clause starts at `knownClause`.
    private static func clauseStart(
        before start: Int, in text: UnsafeBufferPointer<UInt8>, stoppingAt known: Int, whose knownClause: Int
    ) -> Int {
        var index = start
        while index > known {
            let byte = text[index - 1]
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"),
                UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                UInt8(ascii: "["), UInt8(ascii: "]"):
                return index
            case 0x93, 0x94, 0xA2:  // en dash, em dash, bullet: E2 80 93, E2 80 94, E2 80 A2
                if index >= 3, text[index - 2] == 0x80, text[index - 3] == 0xE2 { return index }
                index -= 1
            default:
                index -= 1
            }
        }
        return index == known ? knownClause : 0
    }
}
