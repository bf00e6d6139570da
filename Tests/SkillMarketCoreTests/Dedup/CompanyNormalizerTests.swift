import SkillMarketCore
import Testing

struct CompanyCase: Sendable, CustomTestStringConvertible {
    let raw: String
    let expected: String?
    var testDescription: String { raw.debugDescription }
}

@Suite("Company name normalisation")
struct CompanyNormalizerTests {
    static let normalizer = CompanyNormalizer(aliases: [
        "PwC": "PricewaterhouseCoopers", "Meta Platforms": "Meta", "Accenture": "Accenture",
    ])

    @Test(arguments: [
        CompanyCase(raw: "Tecolote Research\n3.8", expected: "Tecolote Research"),
        CompanyCase(raw: "  Acme   Widgets \n", expected: "Acme Widgets"),
        CompanyCase(raw: "Accenture LLP", expected: "Accenture"),
        CompanyCase(raw: "ACCENTURE", expected: "Accenture"),
        CompanyCase(raw: "PwC", expected: "PricewaterhouseCoopers"),
        CompanyCase(raw: "PWC", expected: "PricewaterhouseCoopers"),
        CompanyCase(raw: "Meta Platforms, Inc.", expected: "Meta"),
        CompanyCase(raw: "Northwind Traders, Inc.", expected: "Northwind Traders"),
        CompanyCase(raw: "Northwind Traders Corporation", expected: "Northwind Traders"),
        CompanyCase(raw: "Contoso Pvt Ltd", expected: "Contoso"),
        CompanyCase(raw: "Contoso Private Limited", expected: "Contoso"),
        CompanyCase(raw: "Fabrikam GmbH", expected: "Fabrikam"),
        CompanyCase(raw: "Fabrikam S.A.", expected: "Fabrikam"),
        CompanyCase(raw: "Litware & Co.", expected: "Litware"),
        CompanyCase(raw: "Litware Holdings plc", expected: "Litware Holdings"),
        CompanyCase(raw: "BANK OF NORTHWIND", expected: "Bank of Northwind"),
        CompanyCase(raw: "CVS HEALTHCARE", expected: "CVS Healthcare"),
        CompanyCase(raw: "IBM", expected: "IBM"),
        CompanyCase(raw: "AT&T", expected: "AT&T"),
        CompanyCase(raw: "Beck's Seeds\n4.6", expected: "Beck's Seeds"),
        CompanyCase(raw: "Inc.", expected: "Inc."),
        CompanyCase(raw: "Banc-Corp Partners", expected: "Banc-Corp Partners"),
        CompanyCase(raw: "The Weather Corporation, Inc.", expected: "The Weather Corporation"),
        CompanyCase(raw: "The Home Store, Inc.", expected: "The Home Store"),
        CompanyCase(raw: "GIFTS.COM LLC", expected: "Gifts.com"),
        CompanyCase(raw: "MACY'S DEPARTMENT", expected: "Macy's Department"),
        CompanyCase(raw: "", expected: nil),
        CompanyCase(raw: "-1", expected: nil),
        CompanyCase(raw: "Confidential", expected: nil),
        CompanyCase(raw: "  \n ", expected: nil),
    ])
    func normalizesDisplayName(_ c: CompanyCase) {
        #expect(Self.normalizer.normalize(c.raw) == c.expected)
    }

    @Test(
        "spellings of one company share a key",
        arguments: [
            ("Accenture LLP", "ACCENTURE"),
            ("The Home Store", "Home Store Inc."),
            ("Price Waterhouse", "PRICE WATERHOUSE"),
            ("1-800-Gifts.com, Inc.", "1-800-GIFTS.COM"),
            ("Tecolote Research\n3.8", "Tecolote Research\n"),
        ])
    func keysMatch(_ a: String, _ b: String) {
        #expect(Self.normalizer.key(a) == Self.normalizer.key(b))
        #expect(!Self.normalizer.key(a).isEmpty)
    }

    @Test(
        "a leading \"the\" (letters and digits only) leaves the key; other words starting with t stay",
        arguments: [
            ("The Home Store", "homestore"), ("T.H.E. Home Store", "homestore"), ("(The) Home Store", "homestore"),
            ("THE WEATHER CORPORATION, INC.", "weathercorporation"), ("Theory Labs", "theorylabs"),
            ("4The Labs", "4thelabs"), ("The", "the"), ("Th3 Labs", "th3labs"),
        ])
    func leadingThe(_ raw: String, _ expected: String) {
        #expect(Self.normalizer.key(raw) == expected)
    }

    @Test("different companies keep different keys")
    func keysDiffer() {
        #expect(Self.normalizer.key("Northwind Traders") != Self.normalizer.key("Northwind Travel"))
        #expect(Self.normalizer.key("-1") == "")
    }

    @Test("the bundled alias file loads and maps well-known aliases")
    func bundledAliases() throws {
        let normalizer = try CompanyNormalizer.bundled()
        #expect(normalizer.normalize("PwC") == "PricewaterhouseCoopers")
        #expect(normalizer.normalize("Meta Platforms, Inc.") == "Meta")
        #expect(normalizer.normalize("ACCENTURE") == "Accenture")
        #expect(normalizer.normalize("International Business Machines Corporation") == "IBM")
    }

    @Test("a malformed alias line is reported with its line number")
    func malformedAliasLine() {
        #expect(throws: CompanyAliasError.malformedLine(2)) {
            try CompanyNormalizer.parseAliases("alias\tcanonical\nonly-one-field\n")
        }
    }
}
