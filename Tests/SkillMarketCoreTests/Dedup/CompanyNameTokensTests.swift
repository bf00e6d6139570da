@testable import SkillMarketCore
import Testing

@Suite("Company name tokens")
struct CompanyNameTokensTests {
    /// Names of every length 0…70 built from short words (no legal form, rating or connector, which
    /// would be stripped) and every kind of separator, packed as densely as tokens can be (the scratch
    /// space's worst case); a cut through a no-break space gives "".
    static let names: [String] = (0...70).flatMap { length in
        ["a ", "a\u{00A0}", "a\n", "ax\t", "a\r\n"].map { unit in
            String(String(repeating: unit, count: length + 1).utf8.prefix(length)) ?? ""
        }
    }

    @Test("the tokens fit the scratch space and are the words between separators", arguments: names)
    func tokensFitAndSplit(name: String) {
        var name = name
        name.withUTF8 { bytes in
            let capacity = CompanyNameText.mostTokens(bytes.count)
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: capacity) { storage in
                let tokens = CompanyNameText.tokens(of: bytes, into: storage)
                let separators: Set<Character> = [" ", "\u{00A0}", "\n", "\t", "\r", "\r\n"]
                let words = String(decoding: bytes, as: UTF8.self).split(whereSeparator: separators.contains)
                #expect(tokens.count <= capacity)
                #expect(tokens.map { String(decoding: bytes[$0], as: UTF8.self) } == words.map(String.init))
            }
        }
    }
}
