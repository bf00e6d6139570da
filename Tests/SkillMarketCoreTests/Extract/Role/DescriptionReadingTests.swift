import Testing

@testable import SkillMarketCore

/// `DescriptionReading` reads the seniority and the work modes of a description in one filtered
/// pass: both must equal the readings made apart, each reading every run.
@Suite("Description reading")
struct DescriptionReadingTests {
    /// The description level read at every run start, unfiltered.
    static func everyRunLevel(_ bytes: UnsafeBufferPointer<UInt8>) -> Seniority {
        var level = SeniorityClassifier.DescriptionLevel()
        ASCIIWordRuns.forEach(in: bytes) { start, _ in level.read(at: start, in: bytes) }
        return level.level
    }

    /// The work-mode findings read at every run, unfiltered.
    static func everyRunFindings(_ bytes: UnsafeBufferPointer<UInt8>) -> WorkModeText.Findings {
        var keys = WorkModeKeyClauses(structured: false)
        ASCIIWordRuns.forEach(in: bytes) { keys.read(run: $0, $1, in: bytes) }
        return keys.findings
    }

    static let seniorityPieces = [
        "5+ years of experience", "1 year experience", "3-5 yrs exp ", "two years' professional experience",
        "new grad", "Recent Graduates", "entry-level", "no experience required", "10 years ago", "YEARS", "yr",
        "Experience: 2 years", "grade", "levels", "expertise",
    ]

    /// Texts of every length 0…70 cut from a long mixed text, and longer ones.
    static let texts: [String] = {
        let pieces = WorkModeKeyFilterTests.pieces + seniorityPieces
        var state: UInt64 = 11
        var long = ""
        for _ in 0..<500 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            long += pieces[Int(state >> 33) % pieces.count] + (state >> 20 & 3 != 0 ? " " : "")
        }
        let bytes = Array(long.utf8)
        let heads: [ArraySlice<UInt8>] = (0...70).map { bytes[..<$0] }
        let tails: [ArraySlice<UInt8>] = (0...70).map { bytes[(bytes.count - $0)...] }
        let middles: [ArraySlice<UInt8>] = stride(from: 0, to: bytes.count - 400, by: 37).map { bytes[$0..<($0 + 400)] }
        // Cuts may split a character: the decoded text replaces it, as a real description could hold.
        let cuts: [String] = (heads + tails + middles).map { String(decoding: $0, as: UTF8.self) }
        // Each seniority piece alone in a sentence: the mixed cuts above keep the lowest years, so they
        // rarely say senior.
        let alone = seniorityPieces.map { "Remote team. We ask " + $0 + " and work hybrid." }
        return cuts + [long] + alone
    }()

    @Test("one pass reads the level and work modes each reading finds apart")
    func onePassMatchesSeparateReadings() {
        var levels: Set<Seniority> = []
        for text in Self.texts {
            var reading = DescriptionReading()
            let level = reading.seniority(of: text)
            let findings = reading.workModeFindings(of: text)
            var copy = text
            copy.withUTF8 { bytes in
                #expect(level == Self.everyRunLevel(bytes))
                #expect(findings == Self.everyRunFindings(bytes))
            }
            var workModesFirst = DescriptionReading()
            #expect(workModesFirst.workModeFindings(of: text) == findings)
            #expect(workModesFirst.seniority(of: text) == level)
            var levelOnly = DescriptionReading(readsWorkModes: false)
            #expect(levelOnly.seniority(of: text) == level)
            #expect(levelOnly.workModeFindings(of: text) == findings)
            levels.insert(level)
        }
        #expect(levels.count >= 3)
    }
}
