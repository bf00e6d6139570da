/// Finds work-mode statements in text: lower-cased ASCII words, scanned once.
///
/// Words are runs of ASCII letters and digits; hyphens and spaces separate them ("on-site" is
/// "on site"), apostrophes vanish ("isn't" → "isnt"). Clause marks (`. , ; ! ? ( ) |`, line
/// breaks, dashes) bound the look-around of each rule, so "No relocation, remote" stays remote.
struct WorkModeText {
    /// What one piece of text says.
    struct Findings: Equatable {
        var modes: Set<WorkMode> = []
        /// A negated remote statement ("not remote") was seen: the job is on-site.
        var deniesRemote = false
    }

    private let bytes: [UInt8]
    private let words: [Range<Int>]
    private let clauses: [Int]
    /// In a structured field a bare "office" or "in person" means on-site.
    private let structured: Bool

    init(_ text: String, structured: Bool = false) {
        self.structured = structured
        var text = text
        var words: [Range<Int>] = []
        var clauses: [Int] = []
        bytes = text.withUTF8 { source in
            [UInt8](unsafeUninitializedCapacity: source.count) { folded, written in
                var count = 0
                var clause = 0
                var wordStart: Int?
                var pendingClauseBreak = false
                var index = 0
                while index < source.count {
                    let byte = source[index]
                    index += 1
                    var clauseBreak = false
                    switch byte {
                    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                        UInt8(ascii: "A")...UInt8(ascii: "Z"):
                        if pendingClauseBreak {
                            clause += 1
                            pendingClauseBreak = false
                        }
                        if wordStart == nil { wordStart = count }
                        folded[count] = byte | (byte >= UInt8(ascii: "A") ? 0x20 : 0)
                        count += 1
                        continue
                    case UInt8(ascii: "'"):
                        continue  // apostrophes vanish inside words: "isn't" → "isnt"
                    case 0xE2 where index + 1 < source.count && source[index] == 0x80:
                        let mark = source[index + 1]
                        index += 2
                        if mark == 0x98 || mark == 0x99 { continue }  // curly apostrophes vanish too
                        clauseBreak = mark == 0x93 || mark == 0x94 || mark == 0xA2  // en dash, em dash, bullet
                    case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"),
                        UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
                        UInt8(ascii: "["), UInt8(ascii: "]"):
                        clauseBreak = true
                    default:
                        break
                    }
                    if let start = wordStart {
                        words.append(start..<count)
                        clauses.append(clause)
                        wordStart = nil
                    }
                    if clauseBreak { pendingClauseBreak = true }
                }
                if let start = wordStart {
                    words.append(start..<count)
                    clauses.append(clause)
                }
                written = count
            }
        }
        self.words = words
        self.clauses = clauses
    }

    /// Every mode the text states, with negations and look-alikes removed.
    func findings() -> Findings {
        var result = Findings()
        for index in words.indices {
            let word = words[index]
            guard word.count >= 2, word.count <= 13 else { continue }
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
        return result
    }

    // MARK: Rules

    private func remote(at index: Int, span: Int, into result: inout Findings) {
        guard isWord(index, "remote") || isWord(index, "remotely") else { return }
        let next = near(index, 1)
        if let next, WorkModeVocabulary.notWorkAfterRemote.contains(next) { return }
        if [near(index, -1), near(index, -2)].contains(where: { $0.map(WorkModeVocabulary.notWorkBeforeRemote.contains) ?? false }) {
            return
        }
        if isNegated(index, span: span) {
            result.deniesRemote = true
            return
        }
        if near(index, -1) == "hybrid" {
            result.modes.insert(.hybrid)  // "hybrid remote" is hybrid
        } else if [near(index, -1), near(index, -2)].contains(where: { $0.map(WorkModeVocabulary.partialBeforeRemote.contains) ?? false }) {
            result.modes.insert(.hybrid)  // "some remote work", "partially remote"
        } else {
            result.modes.insert(.remote)
        }
    }

    private func hybrid(at index: Int, into result: inout Findings) {
        guard isWord(index, "hybrid") else { return }
        if let next = near(index, 1), WorkModeVocabulary.notWorkAfterHybrid.contains(next) { return }
        if [near(index, -1), near(index, -2)].contains(where: { $0.map(WorkModeVocabulary.notWorkBeforeHybrid.contains) ?? false }) {
            return
        }
        if !isNegated(index, span: 1) { result.modes.insert(.hybrid) }
    }

    /// "onsite", "on-site", "on site", "office-based", "office" (structured fields only).
    private func onsiteWord(at index: Int, into result: inout Findings) {
        if isWord(index, "onsite") {
            onsite(at: index, span: 1, amenities: WorkModeVocabulary.notWorkAfterOnsite, into: &result)
        } else if isWord(index, "on"), isNear(index, 1, "site") {
            onsite(at: index, span: 2, amenities: WorkModeVocabulary.notWorkAfterOnsite, into: &result)
        } else if isWord(index, "office") {
            if near(index, 1) == "based" {
                onsite(at: index, span: 2, amenities: [], into: &result)
            } else if structured {
                onsite(at: index, span: 1, amenities: [], into: &result)
            }
        }
    }

    /// "in office", "in-office", "in the office" (with a day count), "in person".
    private func inOffice(at index: Int, into result: inout Findings) {
        guard isWord(index, "in"), isNear(index, 1, "office") || isNear(index, 1, "the") || isNear(index, 1, "person")
        else { return }
        if near(index, 1) == "office" {
            onsite(at: index, span: 2, amenities: WorkModeVocabulary.notWorkAfterInOffice, into: &result)
        } else if near(index, 1) == "the", near(index, 2) == "office" {
            if officeDays(around: index, span: 3) != nil || ["work", "working", "based"].contains(near(index, -1)) {
                onsite(at: index, span: 3, amenities: WorkModeVocabulary.notWorkAfterInOffice, into: &result)
            }
        } else if near(index, 1) == "person" {
            let next = near(index, 2)
            // "an in-person role", or a job board's "Work location: In person".
            if structured || near(index, -1) == "location" || next.map(WorkModeVocabulary.workAfterInPerson.contains) ?? false {
                onsite(at: index, span: 2, amenities: [], into: &result)
            }
        }
    }

    /// "work from home", "working from home", "work at home", "work from anywhere", "wfh".
    private func workFromHome(at index: Int, into result: inout Findings) {
        if isWord(index, "wfh") {
            if !isNegated(index, span: 1) { result.modes.insert(.remote) } else { result.deniesRemote = true }
            return
        }
        guard isWord(index, "work") || isWord(index, "working") || isWord(index, "works"),
            isNear(index, 1, "from") || isNear(index, 1, "at")
        else { return }
        let place: String?
        switch near(index, 1) {
        case "from", "at": place = near(index, 2)
        default: place = nil
        }
        switch place {
        case "home", "anywhere":
            if isNegated(index, span: 3) {
                result.deniesRemote = true
            } else if near(index, -1) == "hybrid" || (officeDays(around: index, span: 3) ?? 5) < 5 {
                result.modes.insert(.hybrid)  // "hybrid work from home", "1 day work from home"
            } else {
                result.modes.insert(.remote)
            }
        case "office", "the":
            if place == "office" || near(index, 3) == "office" {
                onsite(at: index, span: place == "office" ? 3 : 4, amenities: [], into: &result)
            }
        default:
            break
        }
    }

    private func telework(at index: Int, into result: inout Findings) {
        let forms: [StaticString] = ["telecommute", "telecommuting", "telecommuter", "telework", "teleworking", "teleworker"]
        guard forms.contains(where: { isWord(index, $0) }) else { return }
        if isNegated(index, span: 1) { result.deniesRemote = true } else { result.modes.insert(.remote) }
    }

    /// An on-site phrase of `span` words at `index`: on-site, or hybrid when a day count of 1–4 is near.
    private func onsite(at index: Int, span: Int, amenities: Set<String>, into result: inout Findings) {
        if let next = near(index, span), amenities.contains(next) { return }
        if isNegated(index, span: span) { return }
        if let days = officeDays(around: index, span: span), days < 5 {
            result.modes.insert(.hybrid)
        } else {
            result.modes.insert(.onsite)
        }
    }

    // MARK: Context

    /// A count of days near an office phrase ("3 days a week in office", "onsite 2x per week").
    private func officeDays(around index: Int, span: Int) -> Int? {
        let clause = clauses[index]
        for probe in max(0, index - 6)..<min(words.count, index + span + 4) where clauses[probe] == clause {
            guard let text = word(probe), let count = WorkModeVocabulary.dayCounts[text] else { continue }
            let after = word(probe + 1)
            if text.hasSuffix("x") || after == "days" || after == "day"
                || (WorkModeVocabulary.dayCounts[after ?? ""] != nil && word(probe + 2) == "days") {
                return count
            }
        }
        return nil
    }

    /// Whether a negator stands within three words before the phrase, or a trailing negation follows
    /// it ("remote work is not available").
    private func isNegated(_ index: Int, span: Int) -> Bool {
        let clause = clauses[index]
        for back in 1...3 {
            let probe = index - back
            guard probe >= 0, clauses[probe] == clause, let text = word(probe) else { break }
            if WorkModeVocabulary.negators.contains(text) { return true }
        }
        var probe = index + span
        if let text = word(probe), WorkModeVocabulary.modeNouns.contains(text) { probe += 1 }
        var verbs = 0
        while verbs < 2, let text = word(probe), WorkModeVocabulary.linkingVerbs.contains(text) {
            probe += 1
            verbs += 1
        }
        guard probe < words.count, clauses[probe] == clause, let text = word(probe) else { return false }
        guard WorkModeVocabulary.trailingNegators.contains(text) else { return false }
        // A bare "no" negates only right after the mode or a verb ("remote: no", "remote is no option").
        return text != "no" || verbs > 0 || probe == index + span
    }

    /// The word `offset` away from `index`, if it lies in the same clause.
    private func near(_ index: Int, _ offset: Int) -> String? {
        let probe = index + offset
        guard probe >= 0, probe < words.count, clauses[probe] == clauses[index] else { return nil }
        return word(probe)
    }

    private func word(_ index: Int) -> String? {
        guard index >= 0, index < words.count else { return nil }
        return String(decoding: bytes[words[index]], as: UTF8.self)
    }

    /// Whether the word `offset` away from `index`, in the same clause, is `expected` (no allocation).
    private func isNear(_ index: Int, _ offset: Int, _ expected: StaticString) -> Bool {
        let probe = index + offset
        guard probe >= 0, probe < words.count, clauses[probe] == clauses[index] else { return false }
        return isWord(probe, expected)
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
