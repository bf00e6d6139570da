import Testing

@testable import SkillMarketCore

/// `WorkModeKeyClauses.mayBeKey` skips runs before the key test: it must pass every run
/// `WorkModeKeyClauses.isKey` accepts, and reading only the runs it passes must find what reading
/// every run finds.
@Suite("Work mode key filter")
struct WorkModeKeyFilterTests {
    /// Pieces of text around the keys: contexts, apostrophes inside and after words, clause marks,
    /// non-ASCII letters and signs, digits, look-alikes.
    static let pieces = [
        "remote", "Remotely", "HYBRID", "onsite", "on site", "on-site", "in person", "in the office", "office based",
        "office", "wfh", "work from home", "working at home", "from anywhere", "telecommute", "TELECOMMUTING",
        "telecommuter", "telework", "teleworking", "teleworker", "re'mote", "r'emote", "hy’brid", "isn't remote",
        "remote's", "w'fh", "from' home", "in ‘person", "the'", "tXlecommute", "tele'commuting", "not", "no", "3 days",
        "2x per week", "é", "—", "•", "’", "“", "\u{00A0}", ".", ",", "(", ")", "\n", "-", "'", "the", "team", "our",
        "remotes", "sensing", "cloud", "gym", "based", "at", "in", "on", "from", "a", "I'm", "5",
    ]

    /// A text of `count` pieces chosen by a fixed linear congruential sequence from `seed`.
    static func text(seed: UInt64, count: Int) -> [UInt8] {
        var state = seed
        var text: [UInt8] = []
        for _ in 0..<count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let piece = pieces[Int(state >> 33) % pieces.count]
            text += Array(piece.utf8)
            if state >> 20 & 3 != 0 { text.append(UInt8(ascii: " ")) }
        }
        return text
    }

    /// Texts of every length 0…70 from one long text (so keys cross 16- and 64-byte block edges),
    /// plus longer mixed texts.
    static let texts: [[UInt8]] = {
        let long = text(seed: 7, count: 400)
        let heads: [[UInt8]] = (0...70).map { Array(long[..<$0]) }
        let tails: [[UInt8]] = (0...70).map { Array(long[(long.count - $0)...]) }
        let mixed: [[UInt8]] = (0..<40).map { text(seed: UInt64($0), count: 6 + $0 * 3) }
        return heads + tails + mixed
    }()

    @Test("passes every run the key test accepts, structured or not")
    func passesEveryKey() {
        var keys = 0
        WorkModeKeyClauses.filter.lengths.withUnsafeBufferPointer { filter in
            for text in Self.texts {
                text.withUnsafeBufferPointer { bytes in
                    ASCIIWordRuns.forEach(in: bytes) { start, end in
                        for structured in [false, true]
                        where WorkModeKeyClauses.isKey(start, end, in: bytes, structured: structured) {
                            keys += 1
                            #expect(WorkModeKeyClauses.mayBeKey(start, end, in: bytes, filter: filter))
                        }
                    }
                }
            }
        }
        #expect(keys > 100)
    }

    @Test("reading the runs the filter passes finds what reading every run finds")
    func filteredReadingMatchesFullReading() {
        for text in Self.texts {
            text.withUnsafeBufferPointer { bytes in
                for structured in [false, true] {
                    var every = WorkModeKeyClauses(structured: structured)
                    ASCIIWordRuns.forEach(in: bytes) { every.read(run: $0, $1, in: bytes) }
                    #expect(WorkModeKeyClauses.findings(in: bytes, structured: structured) == every.findings)
                }
            }
        }
    }

    @Test("rejects common words and look-alikes", arguments: ["the", "team", "our", "remotes", "hybrids", "sites", "a", "tele"])
    func rejects(word: String) {
        let bytes = Array(word.utf8)
        bytes.withUnsafeBufferPointer { bytes in
            WorkModeKeyClauses.filter.lengths.withUnsafeBufferPointer { filter in
                #expect(!WorkModeKeyClauses.mayBeKey(0, bytes.count, in: bytes, filter: filter))
            }
        }
    }
}
