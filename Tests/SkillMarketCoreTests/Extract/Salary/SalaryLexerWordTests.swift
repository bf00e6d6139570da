import Testing

@testable import SkillMarketCore

/// Words are split and keyed eight bytes at a time when eight bytes of the text remain, else byte by byte;
/// both must give the same tokens.
@Suite("Salary lexer words")
struct SalaryLexerWordTests {
    @Test(
        "a word's meaning and camel-case split, near the end of the text and with room after it",
        arguments: [
            ("hourBenefits", [SalaryToken.Kind.period(.hour), .word(.other)]),
            ("SALARY", [.word(.payKeyword)]), ("Salary", [.word(.payKeyword)]),
            ("perHour", [.word(.filler), .period(.hour)]), ("compensation", [.word(.payKeyword)]),
            ("annually", [.period(.year)]), ("annuallyBonus", [.period(.year), .word(.bonus)]),
            ("annuallyy", [.word(.other)]), ("USD", [.currency(.usd)]), ("USDollars", [.word(.other)]),
            ("abcdefghijklmnopqrst", [.word(.other)]), ("k", [.word(.other)]), ("Stipend", [.word(.excluded)]),
            ("p/h", [.period(.hour)]), ("P/HR", [.period(.hour)]), ("p.a.", [.period(.year)]), ("p/m", [.word(.other)]),
            ("p.h.d", [.period(.hour), .word(.other)]), ("p/abcdefghij", [.word(.other)]),
        ] as [(String, [SalaryToken.Kind])])
    func words(word: String, expected: [SalaryToken.Kind]) {
        for text in [word, word + "          ", word + ".\n", "  " + word + " 5 "] {
            let kinds = SalaryLexer.tokens(in: text).filter { !$0.isAmount && $0.kind != .stop }.map(\.kind)
            #expect(kinds == expected, "\(text)")
        }
    }
}
