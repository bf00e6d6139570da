/// Reads the clauses of a text that hold a work-mode key word, skipping all others.
///
/// Every `WorkModeText` rule needs one of `keys` in the clause of its phrase ("remote",
/// "on site", "in the office", "work from home", …), so a clause without one states nothing.
/// Words are compared by length and their last eight bytes packed into a `UInt64`: a longer
/// word that only shares its ending is read needlessly, never missed.
struct WorkModeKeyClauses: WorkModeWordVisitor {
    static let keys = [
        "remote", "remotely", "hybrid", "onsite", "site", "office", "person", "wfh", "home", "anywhere",
        "telecommute", "telecommuting", "telecommuter", "telework", "teleworking", "teleworker",
    ]

    /// Bit `n` set when some key has `n` bytes.
    private static let keyLengths: UInt32 = keys.reduce(0) { $0 | 1 << $1.utf8.count }
    private static let table = PackedWordTable(keys.map { (word: $0, value: ()) })

    /// All the text's findings so far.
    private(set) var findings = WorkModeText.Findings()
    private let text: UnsafeBufferPointer<UInt8>
    private let structured: Bool
    private let table = Self.table
    private let keyLengths = Self.keyLengths
    private var clauseStart = 0
    private var readClause = -1

    init(text: UnsafeBufferPointer<UInt8>, structured: Bool) {
        self.text = text
        self.structured = structured
    }

    func startWord() {}

    func letter(_ byte: UInt8) {}

    mutating func endWord(packed: UInt64, length: Int) -> Bool {
        if length < 32, keyLengths >> length & 1 != 0, clauseStart != readClause,
            table.lookup(packed, length: length) != nil
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
