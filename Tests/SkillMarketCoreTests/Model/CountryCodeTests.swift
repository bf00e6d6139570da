import Testing

@testable import SkillMarketCore

/// `CountryCode(_:)` and `StructuredSalary.currencyCode` read codes through `ASCIICode`: clean codes on
/// the bytes, padded ones after trimming, everything else refused.
@Suite("Country and currency codes from field text")
struct CountryCodeTests {
    @Test(
        "two ASCII letters in any case, spaces around trimmed",
        arguments: [
            ("US", "US"), ("gb", "GB"), ("Ca", "CA"), (" de ", "DE"), ("\tfr\t", "FR"), ("\u{00A0}nl\u{2003}", "NL"),
            ("USA", nil), ("u s", nil), ("", nil), ("  ", nil), ("1a", nil), ("é", nil), ("ÉS", nil), ("U", nil),
        ] as [(String, String?)])
    func countryCodes(text: String, expected: String?) {
        #expect(CountryCode(text)?.rawValue == expected)
    }

    @Test(
        "three-letter currency codes read the same way; other text goes to the salary lexer",
        arguments: [
            ("EUR", "EUR"), ("eur", "EUR"), (" Gbp ", "GBP"), ("$", "USD"), ("£", "GBP"), ("E U R", nil), ("EURO", "EUR"), ("US", nil),
        ] as [(String, String?)])
    func currencyCodes(text: String, expected: String?) {
        #expect(StructuredSalary.currencyCode(text)?.rawValue == expected)
    }
}
