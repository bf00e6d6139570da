import Testing

@testable import SkillMarketCore

@Suite("Place text words and parts")
struct PlaceTextTests {
    /// The look-up key of each part ("new york"), in order.
    static func parts(_ text: String) -> [String] {
        var text = text
        return text.withUTF8 { text in
            PlaceText.reading(text) { place in
                place.parts.map { String(decoding: place.key($0.lowerBound, $0.upperBound - 1), as: UTF8.self) }
            }
        }
    }

    @Test(
        "words are folded, joined by single spaces, and split into parts",
        arguments: [
            ("Stoke-on-Trent, Staffs (UK)", ["stoke on trent", "staffs", "uk"]),
            ("A & B", ["a and b"]), ("R&amp;D, Zürich", ["r and d", "zurich"]), ("São Paulo", ["sao paulo"]),
            ("Łódź", ["Łodź"]), ("New York&#x2F;NJ", ["new york", "nj"]), ("<b>Austin</b>, TX", ["austin", "tx"]),
            ("U.S.", ["us"]), ("King’s Lynn", ["kings lynn"]), ("  ", []), ("", []), (",;|", []),
            ("Straße\u{00A0}1", ["strasse 1"]), ("a&a&a", ["a and a and a"]), ("&", ["and"]),
            ("x,y,,z,", ["x", "y", "z"]), ("<b", []), ("&#;", []), ("é", ["e"]),
        ] as [(String, [String])])
    func splits(text: String, expected: [String]) {
        #expect(Self.parts(text) == expected)
    }

    @Test("the most text per input byte (\"&\" → \" and\") still fits")
    func longestExpansion() {
        #expect(Self.parts(String(repeating: "&", count: 40)) == [Array(repeating: "and", count: 40).joined(separator: " ")])
        #expect(Self.parts("x" + String(repeating: "&amp;", count: 9)) == [(["x"] + Array(repeating: "and", count: 9)).joined(separator: " ")])
    }

    @Test("one word or part per input byte (the most the scratch space holds) is read whole")
    func mostWordsAndParts() {
        #expect(Self.parts(String(repeating: "a,", count: 300)) == Array(repeating: "a", count: 300))
        let joined = Array(repeating: "a and", count: 100).joined(separator: " ")
        #expect(Self.parts(String(repeating: "a-&", count: 100)) == [joined])
    }

    @Test("words written without lower-case letters are marked upper case")
    func upperCase() {
        var text = "Toronto, CA 90210"
        let marks = text.withUTF8 { text in PlaceText.reading(text) { $0.words.map(\.upperCase) } }
        #expect(marks == [false, true, true])
    }
}
