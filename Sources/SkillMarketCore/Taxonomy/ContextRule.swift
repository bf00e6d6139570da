/// A test on the words around a hit of an ambiguous alias; only candidate hits of such aliases pay for it.
///
/// "Neighbour" below means another hit that already counts (an unambiguous skill alias, a context term,
/// or an ambiguous one accepted earlier), separated from this hit only by list punctuation
/// (`, / ; ( ) | & + :`, spaces, bullets) and the words "and", "or", "plus", "as well as".
public enum ContextRule: String, Sendable, CaseIterable {
    /// A programming language named by a short word ("C", "R", "Go").
    ///
    /// Rejected when glued to `-`, `&`, `'`, `@` or an abbreviation dot ("C-suite", "R&D", "R.N.").
    /// Accepted next to a neighbour ("C/C++", "Python, R, SQL", "Go/Rust"), as an item of a comma list with a
    /// counting item nearby in the same clause ("SQL, Tableau, Crystal Reports, R, etc."), before a language word
    /// ("R programming", "C code", "Go developer"), or after "in"/"using" ("written in Go").
    case lang
    /// A technical product whose name is also an ordinary word ("Spark", "Airflow", "DBT", "Transformers").
    ///
    /// Accepted when a counting hit lies within 120 bytes either side, unless the next word shows the
    /// everyday sense ("spark innovation", "spark joy").
    case tech
    /// "CV" as computer vision, never a résumé.
    ///
    /// Accepted next to a neighbour ("CV/NLP") or before a technical noun ("CV models"); rejected after
    /// "your", "a", "send"… or before "and cover letter", "to".
    case cv
}

/// The evidence a context rule looks at: the text's bytes and the hits found so far.
struct RuleContext {
    let text: UnsafeBufferPointer<UInt8>
    let hits: UnsafeBufferPointer<AliasHit>
    /// Per hit: `true` when it counts (as a skill or context term) and may support its neighbours.
    let counts: UnsafeBufferPointer<Bool>
    let wordByte: UnsafeBufferPointer<UInt8>

    static let nearWindow = 120
    static let maxGap = 24
    static let maxListGap = 60

    func accepts(_ rule: ContextRule, hitAt index: Int) -> Bool {
        let hit = hits[index]
        let start = Int(hit.start)
        let end = Int(hit.end)
        switch rule {
        case .lang:
            if gluedToNonLanguage(start: start, end: end) { return false }
            if hasNeighbour(index) || isListMember(index) { return true }
            if let word = nextWord(after: end), Self.languageNouns.contains(word, in: text) { return true }
            if let word = previousWord(before: start), Self.usePrepositions.contains(word, in: text) { return true }
            return false
        case .tech:
            if let word = nextWord(after: end), Self.everydayObjects.contains(word, in: text) { return false }
            return hasCountingHit(near: index)
        case .cv:
            if hasNeighbour(index) { return true }
            if let word = previousWord(before: start), Self.resumeOwners.contains(word, in: text) { return false }
            guard let word = nextWord(after: end) else { return false }
            return Self.visionNouns.contains(word, in: text)
        }
    }

    // MARK: Word lists (lower case)

    static let languageNouns = FoldedWordSet([
        "programming", "language", "languages", "code", "coding", "developer", "developers", "development",
        "engineer", "engineers", "scripting", "scripts", "script", "packages", "package", "libraries", "library",
        "compiler", "compilers", "shiny", "studio", "markdown", "tidyverse", "ggplot", "ggplot2", "dplyr",
        "routines", "modules", "backend", "services", "microservices", "experience", "skills", "proficiency",
        "expertise", "knowledge", "software", "applications", "programs", "runtime", "toolchain", "stack",
    ])
    static let everydayObjects = FoldedWordSet([
        "innovation", "innovations", "joy", "creativity", "curiosity", "interest", "change", "conversation",
        "conversations", "ideas", "growth", "passion", "excitement", "imagination", "debate", "discussion",
        "discussions", "schema", "schemas", "new", "meaningful", "engagement", "inspiration",
    ])
    static let resumeOwners = FoldedWordSet([
        "your", "a", "an", "the", "our", "my", "his", "her", "their", "updated", "send", "submit", "attach",
        "attached", "include", "including", "upload", "current", "full", "detailed", "cover", "email", "e",
    ])
    static let visionNouns = FoldedWordSet([
        "models", "model", "algorithms", "algorithm", "research", "researcher", "engineer", "engineers",
        "engineering", "systems", "tasks", "pipelines", "pipeline", "applications", "problems", "techniques",
        "team", "projects", "expertise", "methods", "papers", "libraries", "architectures", "networks",
    ])
    static let connectors = FoldedWordSet(["and", "or", "plus", "as", "well"])
    static let usePrepositions = FoldedWordSet(["in", "using"])

    // MARK: Evidence

    private func gluedToNonLanguage(start: Int, end: Int) -> Bool {
        if end < text.count {
            let after = text[end]
            if after == 0x2D || after == 0x26 || after == 0x27 || after == 0x40 { return true }  // - & ' @
            if after == 0x2E, end + 1 < text.count, wordByte[Int(text[end + 1])] != 0 { return true }  // "R.N."
            if after == 0xE2, end + 2 < text.count, text[end + 1] == 0x80, text[end + 2] == 0x99 { return true }  // ’
        }
        if start > 0 {
            let before = text[start - 1]
            if before == 0x2D || before == 0x26 || before == 0x27 || before == 0x40 || before == 0x2E { return true }
        }
        return false
    }

    private func hasNeighbour(_ index: Int) -> Bool {
        var k = index - 1
        while k >= 0, !counts[k], Int(hits[index].start) - Int(hits[k].end) <= Self.maxGap { k -= 1 }
        if k >= 0, counts[k], isListGap(from: Int(hits[k].end), to: Int(hits[index].start)) { return true }
        k = index + 1
        while k < hits.count, !counts[k], Int(hits[k].start) - Int(hits[index].end) <= Self.maxGap { k += 1 }
        if k < hits.count, counts[k], isListGap(from: Int(hits[index].end), to: Int(hits[k].start)) { return true }
        return false
    }

    /// `true` when the hit is one item of a comma list whose nearest counting item is at most 60 bytes away
    /// within the same clause ("SQL, Python, Tableau, Crystal Reports, R, etc.").
    private func isListMember(_ index: Int) -> Bool {
        let start = Int(hits[index].start)
        let end = Int(hits[index].end)
        var before = start - 1
        while before >= 0, text[before] == 0x20 { before -= 1 }
        if before >= 0, text[before] == 0x2C || text[before] == 0x2F || text[before] == 0x28 {
            var k = index - 1
            while k >= 0, !counts[k] { k -= 1 }
            if k >= 0, start - Int(hits[k].end) <= Self.maxListGap, isClauseList(from: Int(hits[k].end), to: start) {
                return true
            }
        }
        var after = end
        while after < text.count, text[after] == 0x20 { after += 1 }
        if after < text.count, text[after] == 0x2C || text[after] == 0x2F || text[after] == 0x29 {
            var k = index + 1
            while k < hits.count, !counts[k] { k += 1 }
            if k < hits.count, Int(hits[k].start) - end <= Self.maxListGap,
                isClauseList(from: end, to: Int(hits[k].start))
            {
                return true
            }
        }
        return false
    }

    /// `true` when `text[from..<to]` has a comma and no clause or sentence break (`. ! ? ; :` or a newline).
    private func isClauseList(from: Int, to: Int) -> Bool {
        var sawComma = false
        for i in from..<to {
            switch text[i] {
            case 0x2C: sawComma = true
            case 0x2E, 0x21, 0x3F, 0x3B, 0x3A, 0x0A: return false
            default: continue
            }
        }
        return sawComma
    }

    private func hasCountingHit(near index: Int) -> Bool {
        let start = Int(hits[index].start)
        let end = Int(hits[index].end)
        var k = index - 1
        while k >= 0, start - Int(hits[k].end) <= Self.nearWindow {
            if counts[k] { return true }
            k -= 1
        }
        k = index + 1
        while k < hits.count, Int(hits[k].start) - end <= Self.nearWindow {
            if counts[k] { return true }
            k += 1
        }
        return false
    }

    /// `true` when `text[from..<to]` holds only list punctuation, spaces and connector words.
    private func isListGap(from: Int, to: Int) -> Bool {
        guard from <= to, to - from <= Self.maxGap else { return false }
        var i = from
        while i < to {
            let byte = text[i]
            if wordByte[Int(byte)] != 0 {
                var j = i
                while j < to, wordByte[Int(text[j])] != 0 { j += 1 }
                guard Self.connectors.contains(i..<j, in: text) else { return false }
                i = j
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x2F, 0x3B, 0x28, 0x29, 0x7C, 0x26, 0x2B, 0x3A, 0x2D, 0x2A: i += 1
            case 0x80...: i += 1  // no-break spaces, bullets, dashes
            default: return false
            }
        }
        return true
    }

    /// The word right after `end` (only spaces between), at most 24 bytes.
    private func nextWord(after end: Int) -> Range<Int>? {
        var i = end
        while i < text.count, text[i] == 0x20 || text[i] == 0x09 || text[i] == 0x0A || text[i] == 0x0D { i += 1 }
        var j = i
        while j < text.count, wordByte[Int(text[j])] != 0, j - i < 24 { j += 1 }
        return j > i ? i..<j : nil
    }

    /// The word right before `start` (only spaces between), at most 24 bytes.
    private func previousWord(before start: Int) -> Range<Int>? {
        var j = start
        while j > 0, text[j - 1] == 0x20 || text[j - 1] == 0x09 || text[j - 1] == 0x0A || text[j - 1] == 0x0D {
            j -= 1
        }
        var i = j
        while i > 0, wordByte[Int(text[i - 1])] != 0, j - i < 24 { i -= 1 }
        return j > i ? i..<j : nil
    }
}
