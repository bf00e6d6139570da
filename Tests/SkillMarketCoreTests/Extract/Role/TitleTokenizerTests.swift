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
}
