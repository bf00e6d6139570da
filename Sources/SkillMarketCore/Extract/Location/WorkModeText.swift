/// Finds work-mode statements in text, one clause at a time.
///
/// Words and clauses are those of `WorkModeWords` ("on-site" is "on site", "isn't" is "isnt").
/// Clause marks bound the look-around of each rule, so "No relocation, remote" stays remote, and
/// every rule needs a key word (`WorkModeKeyClauses`) in its clause: only clauses holding one are
/// read word by word.
struct WorkModeText {
    /// Every mode `text` states, with negations and look-alikes removed. In a `structured` field
    /// (a `workplace` value) a bare "office" or "in person" means on-site.
    static func findings(in text: String, structured: Bool = false) -> Findings {
        var text = text
        return text.withUTF8 { WorkModeKeyClauses.findings(in: $0, structured: structured) }
    }

    /// Lower-cased word bytes of the clause and the words after it.
    private let bytes: UnsafeBufferPointer<UInt8>
    private let words: UnsafeBufferPointer<Range<Int>>
    /// Per word: its bytes packed like `PackedWordTable.pack`, so a word of up to eight bytes is looked
    /// up in a word list by its key (`isListed`) without reading its bytes again.
    private let keys: UnsafeBufferPointer<UInt64>
    /// How many of `words` the clause read holds (they come first).
    private let clauseWords: Int
    /// The clause of the second word after the clause read: 1, or 2 when a clause mark comes before it.
    private let lastClause: Int
    private let structured: Bool

    /// Word bytes and words a clause is first read into, on the stack (each at most 1,024 bytes).
    private static let stackBytes = 512
    private static let stackWords = 48

    /// Reads the clause starting at byte `start` of `text`, plus the two words after it (which
    /// the day-count rule may look at: "on site 3. Days …"), and calls `body` with it (its storage
    /// lives only during the call). A clause is read into stack buffers; one that overflows them is
    /// read again into heap buffers the rest of the text bounds (word bytes are a subset of its bytes).
    static func withClause<Result>(
        of text: UnsafeBufferPointer<UInt8>, at start: Int, structured: Bool, _ body: (WorkModeText) -> Result
    ) -> Result {
        let onStack = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: stackBytes) { bytes in
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: stackWords) { words in
                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: stackWords) { keys in
                    read(text, clauseAt: start, structured: structured, bytes: bytes, words: words, keys: keys).map(body)
                }
            }
        }
        if let onStack { return onStack }
        let room = text.count - start
        let bytes = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: room)
        let words = UnsafeMutableBufferPointer<Range<Int>>.allocate(capacity: room)
        let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: room)
        defer {
            bytes.deallocate()
            words.deallocate()
            keys.deallocate()
        }
        let clause = read(text, clauseAt: start, structured: structured, bytes: bytes, words: words, keys: keys)
        // Never nil: every word holds at least one byte of the rest of the text.
        return body(clause ?? WorkModeText(structured: structured))
    }

    /// The clause at `start` read into `bytes`, `words` and `keys`, or `nil` when they are too small for it.
    private static func read(
        _ text: UnsafeBufferPointer<UInt8>, clauseAt start: Int, structured: Bool,
        bytes: UnsafeMutableBufferPointer<UInt8>, words: UnsafeMutableBufferPointer<Range<Int>>,
        keys: UnsafeMutableBufferPointer<UInt64>
    ) -> WorkModeText? {
        var reader = WorkModeClauseReader(bytes: bytes, words: words, keys: keys)
        WorkModeWords.scan(text, from: start, into: &reader)
        guard !reader.overflowed else { return nil }
        return WorkModeText(
            bytes: UnsafeBufferPointer(rebasing: bytes[..<reader.count]),
            words: UnsafeBufferPointer(rebasing: words[..<reader.wordCount]),
            keys: UnsafeBufferPointer(rebasing: keys[..<reader.wordCount]), clauseWords: reader.clauseWords,
            lastClause: reader.clause, structured: structured)
    }

    private init(
        bytes: UnsafeBufferPointer<UInt8>, words: UnsafeBufferPointer<Range<Int>>, keys: UnsafeBufferPointer<UInt64>,
        clauseWords: Int, lastClause: Int, structured: Bool
    ) {
        self.bytes = bytes
        self.words = words
        self.keys = keys
        self.clauseWords = clauseWords
        self.lastClause = lastClause
        self.structured = structured
    }

    /// A clause without words (it states nothing).
    private init(structured: Bool) {
        self.init(bytes: UnsafeBufferPointer(start: nil, count: 0), words: UnsafeBufferPointer(start: nil, count: 0),
            keys: UnsafeBufferPointer(start: nil, count: 0), clauseWords: 0, lastClause: 0, structured: structured)
    }

    /// Adds every mode the clause states, with negations and look-alikes removed, to `result`.
    ///
    /// A word is dispatched to its rule only when its first two bytes and length are those of a rule's
    /// first word (`ruleStarts`): one table read and test, so a clause's other words ("the", "team",
    /// "our"…) cost one well-predicted branch each.
    func collect(into result: inout Findings) {
        for index in 0..<clauseWords {
            let word = words[index]
            // Words are never empty; a one-byte word reads its byte as the second too.
            let second = bytes[word.lowerBound &+ min(1, word.count &- 1)]
            guard Self.mayStartRule(first: bytes[word.lowerBound], second: second, length: word.count) else { continue }
            switch bytes[word.lowerBound] {
            case UInt8(ascii: "r"): remote(at: index, span: 1, into: &result)
            case UInt8(ascii: "h"): hybrid(at: index, into: &result)
            case UInt8(ascii: "o"): onsiteWord(at: index, into: &result)
            case UInt8(ascii: "i"): inOffice(at: index, into: &result)
            case UInt8(ascii: "w"): workFromHome(at: index, into: &result)
            case UInt8(ascii: "t"): telework(at: index, into: &result)
            default: continue
            }
        }
    }

    /// The first word of every rule (`collect` dispatches by its first letter).
    static let ruleWords = [
        "remote", "remotely", "hybrid", "onsite", "on", "office", "in", "wfh", "work", "working", "works",
        "telecommute", "telecommuting", "telecommuter", "telework", "teleworking", "teleworker",
    ]

    /// Per first byte: bits 0–31, the low five bits of the second bytes of rule words starting with
    /// it; bits 32–47, their lengths (words are lower-cased).
    private static let ruleStarts: [UInt64] = ruleWords.reduce(into: [UInt64](repeating: 0, count: 256)) { starts, word in
        let bytes = Array(word.utf8)
        starts[Int(bytes[0])] |= 1 << UInt64(bytes[1] & 0x1F) | 1 << UInt64(32 + bytes.count)
    }

    /// Whether a word may be the first word of a rule: never false for one of `ruleWords`.
    @inline(__always)
    static func mayStartRule(first: UInt8, second: UInt8, length: Int) -> Bool {
        let starts = ruleStarts[Int(first)]
        return starts >> UInt64(second & 0x1F) & starts >> UInt64(32 &+ min(length, 16)) & 1 != 0
    }

    /// The clause of word `index`: 0 for the clause read, then 1, 2 for the words after it.
    private func clause(of index: Int) -> Int {
        index < clauseWords ? 0 : index == clauseWords ? 1 : lastClause
    }

    // MARK: Rules

    private func remote(at index: Int, span: Int, into result: inout Findings) {
        guard isWord(index, "remote") || isWord(index, "remotely") else { return }
        if isNear(index, 1, in: Lookup.notWorkAfterRemote) { return }
        if isNear(index, -1, in: Lookup.notWorkBeforeRemote) || isNear(index, -2, in: Lookup.notWorkBeforeRemote) {
            return
        }
        if isNegated(index, span: span) {
            result.deniesRemote = true
            return
        }
        if isNear(index, -1, "hybrid") {
            result.insert(.hybrid)  // "hybrid remote" is hybrid
        } else if isNear(index, -1, in: Lookup.partialBeforeRemote) || isNear(index, -2, in: Lookup.partialBeforeRemote) {
            result.insert(.hybrid)  // "some remote work", "partially remote"
        } else {
            result.insert(.remote)
        }
    }

    private func hybrid(at index: Int, into result: inout Findings) {
        guard isWord(index, "hybrid") else { return }
        if isNear(index, 1, in: Lookup.notWorkAfterHybrid) { return }
        if isNear(index, -1, in: Lookup.notWorkBeforeHybrid) || isNear(index, -2, in: Lookup.notWorkBeforeHybrid) {
            return
        }
        if !isNegated(index, span: 1) { result.insert(.hybrid) }
    }

    /// "onsite", "on-site", "on site", "office-based", "office" (structured fields only).
    private func onsiteWord(at index: Int, into result: inout Findings) {
        if isWord(index, "onsite") {
            onsite(at: index, span: 1, amenities: Lookup.notWorkAfterOnsite, into: &result)
        } else if isWord(index, "on"), isNear(index, 1, "site") {
            onsite(at: index, span: 2, amenities: Lookup.notWorkAfterOnsite, into: &result)
        } else if isWord(index, "office") {
            if isNear(index, 1, "based") {
                onsite(at: index, span: 2, amenities: nil, into: &result)
            } else if structured {
                onsite(at: index, span: 1, amenities: nil, into: &result)
            }
        }
    }

    /// "in office", "in-office", "in the office" (with a day count), "in person".
    private func inOffice(at index: Int, into result: inout Findings) {
        guard isWord(index, "in") else { return }
        if isNear(index, 1, "office") {
            onsite(at: index, span: 2, amenities: Lookup.notWorkAfterInOffice, into: &result)
        } else if isNear(index, 1, "the"), isNear(index, 2, "office") {
            if officeDays(around: index, span: 3) != nil || isNear(index, -1, "work") || isNear(index, -1, "working")
                || isNear(index, -1, "based")
            {
                onsite(at: index, span: 3, amenities: Lookup.notWorkAfterInOffice, into: &result)
            }
        } else if isNear(index, 1, "person") {
            // "an in-person role", or a job board's "Work location: In person".
            if structured || isNear(index, -1, "location") || isNear(index, 2, in: Lookup.workAfterInPerson) {
                onsite(at: index, span: 2, amenities: nil, into: &result)
            }
        }
    }

    /// "work from home", "working from home", "work at home", "work from anywhere", "wfh".
    private func workFromHome(at index: Int, into result: inout Findings) {
        if isWord(index, "wfh") {
            if !isNegated(index, span: 1) { result.insert(.remote) } else { result.deniesRemote = true }
            return
        }
        guard isWord(index, "work") || isWord(index, "working") || isWord(index, "works"),
            isNear(index, 1, "from") || isNear(index, 1, "at")
        else { return }
        if isNear(index, 2, "home") || isNear(index, 2, "anywhere") {
            if isNegated(index, span: 3) {
                result.deniesRemote = true
            } else if isNear(index, -1, "hybrid") || (officeDays(around: index, span: 3) ?? 5) < 5 {
                result.insert(.hybrid)  // "hybrid work from home", "1 day work from home"
            } else {
                result.insert(.remote)
            }
        } else if isNear(index, 2, "office") {
            onsite(at: index, span: 3, amenities: nil, into: &result)
        } else if isNear(index, 2, "the"), isNear(index, 3, "office") {
            onsite(at: index, span: 4, amenities: nil, into: &result)
        }
    }

    private func telework(at index: Int, into result: inout Findings) {
        guard isWord(index, "telecommute") || isWord(index, "telecommuting") || isWord(index, "telecommuter")
            || isWord(index, "telework") || isWord(index, "teleworking") || isWord(index, "teleworker")
        else { return }
        if isNegated(index, span: 1) { result.deniesRemote = true } else { result.insert(.remote) }
    }

    /// An on-site phrase of `span` words at `index`: on-site, or hybrid when a day count of 1–4 is
    /// near; not when the word after it is one of `amenities`.
    private func onsite(at index: Int, span: Int, amenities: PackedWordTable<Void>?, into result: inout Findings) {
        if let amenities, isNear(index, span, in: amenities) { return }
        if isNegated(index, span: span) { return }
        if let days = officeDays(around: index, span: span), days < 5 {
            result.insert(.hybrid)
        } else {
            result.insert(.onsite)
        }
    }

    // MARK: Context

    /// A count of days near an office phrase ("3 days a week in office", "onsite 2x per week").
    private func officeDays(around index: Int, span: Int) -> Int? {
        let phraseClause = clause(of: index)
        for probe in max(0, index - 6)..<min(words.count, index + span + 4) where clause(of: probe) == phraseClause {
            guard let count = dayCount(probe) else { continue }
            if bytes[words[probe].upperBound - 1] == UInt8(ascii: "x") || isWord(at: probe + 1, "days")
                || isWord(at: probe + 1, "day") || (dayCount(probe + 1) != nil && isWord(at: probe + 2, "days"))
            {
                return count
            }
        }
        return nil
    }

    /// The day count word `index` names ("3", "three", "3x"), if it is one.
    private func dayCount(_ index: Int) -> Int? {
        guard index < words.count else { return nil }
        let count = words[index].count
        return count <= 8
            ? Lookup.dayCounts.lookup(keys[index], length: count) : Lookup.dayCounts.value(of: bytes[words[index]])
    }

    /// The `WorkModeVocabulary` lists, read without making Strings.
    private enum Lookup {
        static let dayCounts = PackedWordTable(WorkModeVocabulary.dayCounts.map { (word: $0.key, value: $0.value) })
        static let negators = table(WorkModeVocabulary.negators)
        static let modeNouns = table(WorkModeVocabulary.modeNouns)
        static let linkingVerbs = table(WorkModeVocabulary.linkingVerbs)
        static let trailingNegators = table(WorkModeVocabulary.trailingNegators)
        static let notWorkAfterRemote = table(WorkModeVocabulary.notWorkAfterRemote)
        static let notWorkBeforeRemote = table(WorkModeVocabulary.notWorkBeforeRemote)
        static let partialBeforeRemote = table(WorkModeVocabulary.partialBeforeRemote)
        static let notWorkAfterHybrid = table(WorkModeVocabulary.notWorkAfterHybrid)
        static let notWorkBeforeHybrid = table(WorkModeVocabulary.notWorkBeforeHybrid)
        static let notWorkAfterOnsite = table(WorkModeVocabulary.notWorkAfterOnsite)
        static let notWorkAfterInOffice = table(WorkModeVocabulary.notWorkAfterInOffice)
        static let workAfterInPerson = table(WorkModeVocabulary.workAfterInPerson)

        static func table(_ words: Set<String>) -> PackedWordTable<Void> {
            PackedWordTable(words.map { (word: $0, value: ()) })
        }
    }

    /// Whether word `index`, in any clause, exists and is in `list`.
    private func isWord(at index: Int, in list: PackedWordTable<Void>) -> Bool {
        index < words.count && isListed(index, in: list)
    }

    /// Whether word `index` (which exists) is in `list`: by its key when it has at most eight bytes
    /// (then the key is the whole word), else by its bytes.
    @inline(__always)
    private func isListed(_ index: Int, in list: PackedWordTable<Void>) -> Bool {
        let count = words[index].count
        return count <= 8 ? list.lookup(keys[index], length: count) != nil : list.value(of: bytes[words[index]]) != nil
    }

    /// Whether a negator stands within three words before the phrase, or a trailing negation follows
    /// it ("remote work is not available").
    private func isNegated(_ index: Int, span: Int) -> Bool {
        let phraseClause = clause(of: index)
        for back in 1...3 {
            let probe = index - back
            guard probe >= 0, clause(of: probe) == phraseClause else { break }
            if isWord(at: probe, in: Lookup.negators) { return true }
        }
        var probe = index + span
        if isWord(at: probe, in: Lookup.modeNouns) { probe += 1 }
        var verbs = 0
        while verbs < 2, isWord(at: probe, in: Lookup.linkingVerbs) {
            probe += 1
            verbs += 1
        }
        guard probe < words.count, clause(of: probe) == phraseClause,
            isWord(at: probe, in: Lookup.trailingNegators)
        else { return false }
        // A bare "no" negates only right after the mode or a verb ("remote: no", "remote is no option").
        return !isWord(probe, "no") || verbs > 0 || probe == index + span
    }

    /// Whether the word `offset` away from `index`, in the same clause, is in `list`.
    private func isNear(_ index: Int, _ offset: Int, in list: PackedWordTable<Void>) -> Bool {
        let probe = index + offset
        guard probe >= 0, probe < words.count, clause(of: probe) == clause(of: index) else { return false }
        return isListed(probe, in: list)
    }

    /// Whether the word `offset` away from `index`, in the same clause, is `expected` (no allocation).
    private func isNear(_ index: Int, _ offset: Int, _ expected: StaticString) -> Bool {
        let probe = index + offset
        guard probe >= 0, probe < words.count, clause(of: probe) == clause(of: index) else { return false }
        return isWord(probe, expected)
    }

    /// Whether word `index`, in any clause, exists and is `expected`.
    private func isWord(at index: Int, _ expected: StaticString) -> Bool {
        index < words.count && isWord(index, expected)
    }

    private func isWord(_ index: Int, _ expected: StaticString) -> Bool {
        let range = words[index]
        guard range.count == expected.utf8CodeUnitCount else { return false }
        return expected.withUTF8Buffer { buffer in
            var offset = 0
            for byte in buffer {
                if bytes[range.lowerBound + offset] != byte { return false }
                offset += 1
            }
            return true
        }
    }
}
