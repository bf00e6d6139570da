import Testing

@testable import SkillMarketCore

/// `SeniorityClassifier.DescriptionLevel.filter` skips runs before any year-word or entry-phrase
/// test: it must pass every run where one of those tests can succeed.
@Suite("Seniority phrase filter")
struct SeniorityPhraseFilterTests {
    /// Whether the per-run tests the filter guards accept the run at `start`.
    static func exactTestsAccept(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if ExperienceYears.requirement(atYearWord: start, in: bytes) != nil { return true }
        return SeniorityClassifier.entryPhrases.contains { entry in
            start >= entry.anchor && SeniorityClassifier.occurs(entry.phrase, in: bytes, at: start - entry.anchor)
        }
    }

    /// Whether the filter passes the run starting at `start`; `false` when no run starts there.
    static func mayStart(at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var passes = false
        SeniorityClassifier.DescriptionLevel.filter.lengths.withUnsafeBufferPointer { filter in
            ASCIIWordRuns.forEach(in: bytes) { runStart, end in
                if runStart == start { passes = RunStartFilter.passes(filter, run: runStart, end, in: bytes) }
            }
        }
        return passes
    }

    /// Every year word and entry phrase, in three casings, at the end of texts of every length
    /// 0…70 (so they cross 16- and 64-byte block edges) and followed by a requirement's context.
    static let vocabulary: [String] =
        ["years", "year", "yrs", "yr"].map { "3 \($0) of experience" }
        + SeniorityClassifier.entryPhrases.map { "\($0.phrase)" } + ["new graduates", "entry levels"]

    @Test("passes every run the exact tests accept", arguments: vocabulary)
    func passesVocabulary(phrase: String) {
        let alternating = String(phrase.enumerated().map { $0.offset % 2 == 0 ? Character($0.element.uppercased()) : $0.element })
        for casing in [phrase, phrase.uppercased(), alternating] {
            for padding in 0...70 {
                let text = Array((String(repeating: "a ", count: padding / 2) + (padding % 2 == 1 ? "x" : "")
                    + " " + casing + " experience").utf8)
                text.withUnsafeBufferPointer { bytes in
                    var accepted = 0
                    for start in bytes.indices where Self.exactTestsAccept(at: start, in: bytes) {
                        accepted += 1
                        #expect(Self.mayStart(at: start, in: bytes), "\(casing) at \(start)")
                    }
                    #expect(accepted > 0, "\(casing)")
                }
            }
        }
    }

    @Test(
        "rejects common words, lone letters and look-alikes of other lengths",
        arguments: ["you", "your", "team", "example", "y", "g", "l", "e", "Y", "yearly", "gra", "lev", "expertise"])
    func rejects(word: String) {
        let text = Array(word.utf8)
        text.withUnsafeBufferPointer { #expect(!Self.mayStart(at: 0, in: $0)) }
    }

    @Test("passes runs that only start with an anchor word ending its phrase", arguments: ["grads", "Graduate", "LEVELS"])
    func passesLongerAnchors(word: String) {
        let text = Array(word.utf8)
        text.withUnsafeBufferPointer { #expect(Self.mayStart(at: 0, in: $0)) }
    }

    @Test("agrees with the exact tests on text with non-ASCII bytes and odd casing")
    func mixedText() {
        let pieces = ["5+ Years", "yRs", "é", "’", "new Grad", "entry-Level", "NO EXPERIENCE REQUIRED", "\u{00A0}", "-"]
        var text: [UInt8] = []
        for round in 0..<200 {
            text += Array(pieces[round % pieces.count].utf8) + [UInt8(ascii: round % 3 == 0 ? " " : "\n")]
            text.withUnsafeBufferPointer { bytes in
                for start in bytes.indices where Self.exactTestsAccept(at: start, in: bytes) {
                    #expect(Self.mayStart(at: start, in: bytes))
                }
            }
        }
    }
}
