@testable import SkillMarketCore
import Testing

@Suite("Title tokenizer")
struct TitleTokenizerTests {
    @Test("words are lower-cased letters and digits; apostrophes vanish; & is \"and\"; the rest separates", arguments: [
        ("Sr. AI/ML Engineer & Lead", ["sr", "ai", "ml", "engineer", "and", "lead"]),
        ("Women's Health R&D", ["womens", "health", "r", "and", "d"]),
        ("Data Analyst’s Role", ["data", "analysts", "role"]),
        ("Ingénieur Données\u{00A0}Senior", ["ingénieur", "données", "senior"]),
        ("Engineer – II (Remote) #3", ["engineer", "ii", "remote", "3"]),
        ("DATA\tSCIENTIST\n2", ["data", "scientist", "2"]),
        ("", []),
        ("  --  ", []),
        ("&&", ["and", "and"]),
        ("数据 科学家", ["数据", "科学家"]),
        ("a\u{0}b", ["a", "b"]),
    ])
    func splitsTitles(_ text: String, _ expected: [String]) {
        #expect(TitleTokenizer.tokens(of: text) == expected)
    }

    @Test("cutting a text at a space and reading the parts in turn gives the tokens of the whole")
    func piecesMatchWhole() {
        let text = "Senior Data Scientist & ML-Ops Lead, Women's Health – Zürich"
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { all in
            for cut in all.indices where all[cut] == UInt8(ascii: " ") {
                var pieces: [String] = []
                for part in [all[..<cut], all[cut...]] {
                    TitleTokenizer.forEachToken(in: UnsafeBufferPointer(rebasing: part)) {
                        pieces.append(String(decoding: $0, as: UTF8.self))
                    }
                }
                #expect(pieces == TitleTokenizer.tokens(of: text))
            }
        }
    }

    /// Tokens read byte by byte: the text cut at every space, each part (shorter than
    /// `plainPathLength` here) read on its own.
    static func byteLoopTokens(_ bytes: [UInt8]) -> [String] {
        var tokens: [String] = []
        bytes.withUnsafeBufferPointer { all in
            var partStart = 0
            for end in all.indices where all[end] == UInt8(ascii: " ") || end == all.count - 1 {
                let part = UnsafeBufferPointer(rebasing: all[partStart...end])
                #expect(part.count < TitleTokenizer.plainPathLength)
                TitleTokenizer.forEachToken(in: part) { tokens.append(String(decoding: $0, as: UTF8.self)) }
                partStart = end + 1
            }
        }
        return tokens
    }

    static func wholeTokens(_ bytes: [UInt8]) -> [String] {
        var tokens: [String] = []
        bytes.withUnsafeBufferPointer { all in
            TitleTokenizer.forEachToken(in: all) { tokens.append(String(decoding: $0, as: UTF8.self)) }
        }
        return tokens
    }

    @Test(
        "long text read as plain text gives the tokens of the byte loop, at every length and with any byte",
        arguments: ["", "'", "&", "é", "’", "\u{00A0}", "@", "[", "`", "{", "Z", "9", "\n"])
    func plainPathMatchesByteLoop(odd: String) {
        let words = ["Senior", "DATA", "scientist", "ML-Ops", "x", "R2D2", "ab_cd", "q.e.d", "Lead,", "a@b", "[x]", "`y`"]
        for length in 0...40 {
            var text = ""
            for index in 0..<length {
                text += words[(index * 7 + length) % words.count] + " "
                if index == length / 2 { text += odd + " " }
            }
            let bytes = Array(text.utf8)
            #expect(Self.wholeTokens(bytes) == Self.byteLoopTokens(bytes), "\(text)")
        }
    }

    @Test("plain text is only text without apostrophes, & or non-ASCII bytes", arguments: [
        ("plain words only, at least sixty-four bytes long: 0123456789 ABCDEFGHIJ", true),
        ("a word with an apostrophe: it's here, sixty-four bytes or more of it", false),
        ("R&D: a word with an ampersand, sixty-four bytes or more of it, yes", false),
        ("Zürich: a word with a non-ASCII letter, sixty-four bytes or more...", false),
        ("sixty-four bytes or more of text that ends on a non-ASCII byte: é", false),
    ])
    func plainTextTest(text: String, plain: Bool) {
        let bytes = Array(text.utf8)
        #expect(bytes.count >= TitleTokenizer.plainPathLength)
        var called = false
        let read = bytes.withUnsafeBufferPointer { TitleTokenizer.forEachPlainToken(in: $0) { _ in called = true } }
        #expect(read == plain)
        #expect(called == plain)
    }
}
