/// Reads the clauses of a text that hold a work-mode key word, skipping all others.
///
/// Every `WorkModeText` rule needs one of `keys` in the clause of its phrase ("remote",
/// "on site", "in the office", "work from home", …), so a clause without one states nothing.
/// Words are compared by length and first letter, then by their last eight bytes packed into a
/// `UInt64`: a longer word that only shares its ending is read needlessly, never missed.
struct WorkModeKeyClauses: WorkModeWordVisitor {
    static let keys = [
        "remote", "remotely", "hybrid", "onsite", "site", "office", "person", "wfh", "home", "anywhere",
        "telecommute", "telecommuting", "telecommuter", "telework", "teleworking", "teleworker",
    ]

    /// Entry `n`, bit `b`: some key has `n` bytes and starts with letter `"a" + b`.
    private static let keyStarts: [UInt32] = keys.reduce(into: [UInt32](repeating: 0, count: 32)) { starts, key in
        for first in key.utf8.prefix(1) { starts[key.utf8.count] |= 1 << UInt32(first - UInt8(ascii: "a")) }
    }
    private static let table = PackedWordTable(keys.map { (word: $0, value: ()) })

    /// All the text's findings so far.
    private(set) var findings = WorkModeText.Findings()
    private let text: UnsafeBufferPointer<UInt8>
    private let structured: Bool
    private let table = Self.table
    private let keyStarts = Self.keyStarts
    private var clauseStart = 0
    private var readClause = -1

    init(text: UnsafeBufferPointer<UInt8>, structured: Bool) {
        self.text = text
        self.structured = structured
    }

    func startWord() {}

    func letter(_ byte: UInt8) {}

    mutating func endWord(first: UInt8, length: Int, packed: () -> UInt64) -> Bool {
        let letter = UInt32(first &- UInt8(ascii: "a"))
        if length < 32, letter < 26, keyStarts[length] >> letter & 1 != 0, clauseStart != readClause,
            table.lookup(packed(), length: length) != nil
        {
            readClause = clauseStart
            WorkModeText(text, clauseAt: clauseStart, structured: structured).collect(into: &findings)
        }
        return true
    }

    mutating func clauseBreak(end: Int) -> Bool {
        clauseStart = end
        return true
    }
}
