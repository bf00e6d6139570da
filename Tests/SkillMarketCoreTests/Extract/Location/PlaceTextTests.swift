import Testing

@testable import SkillMarketCore

@Suite("Place text words and parts")
struct PlaceTextTests {
    /// The look-up key of each part ("new york"), in order.
    static func parts(_ text: String) -> [String] {
        var text = text
        let place = text.withUTF8(PlaceText.init)
        return place.parts.map { String(decoding: place.key($0.lowerBound, $0.upperBound - 1), as: UTF8.self) }
    }

    @Test(
        "words are folded, joined by single spaces, and split into parts",
        arguments: [
            ("Stoke-on-Trent, Staffs (UK)", ["stoke on trent", "staffs", "uk"]),
            ("A & B", ["a and b"]), ("R&amp;D, Zürich", ["r and d", "zurich"]), ("São Paulo", ["sao paulo"]),
            ("Łódź", ["Łodź"]), ("New York&#x2F;NJ", ["new york", "nj"]), ("<b>Austin</b>, TX", ["austin", "tx"]),
            ("U.S.", ["us"]), ("King’s Lynn", ["kings lynn"]), ("  ", []), ("", []), (",;|", []),
            ("Straße\u{00A0}1", ["strasse 1"]),
        ] as [(String, [String])])
    func splits(text: String, expected: [String]) {
        #expect(Self.parts(text) == expected)
    }

    @Test("the most text per input byte (\"&\" → \" and\") still fits")
    func longestExpansion() {
        #expect(Self.parts(String(repeating: "&", count: 40)) == [Array(repeating: "and", count: 40).joined(separator: " ")])
        #expect(Self.parts("x" + String(repeating: "&amp;", count: 9)) == [(["x"] + Array(repeating: "and", count: 9)).joined(separator: " ")])
    }

    @Test("words written without lower-case letters are marked upper case")
    func upperCase() {
        var text = "Toronto, CA 90210"
        let place = text.withUTF8(PlaceText.init)
        #expect(place.words.map(\.upperCase) == [false, true, true])
    }
}
