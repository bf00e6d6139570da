import Testing

@testable import SkillMarketCore

@Suite("Text file lines")
struct TextFileLinesTests {
    @Test(
        "LF and CRLF files give the same numbered lines",
        arguments: [
            ("a\tb\nc\n", [(1, "a\tb"), (2, "c"), (3, "")]),
            ("a\tb\r\nc\r\n", [(1, "a\tb"), (2, "c"), (3, "")]),
            ("only", [(1, "only")]),
            ("", [(1, "")]),
            ("x\r\n\r\ny\rz", [(1, "x"), (2, ""), (3, "y\rz")]),
        ])
    func lines(text: String, expected: [(Int, String)]) {
        let lines = TextFileLines.lines(of: text)
        #expect(lines.map(\.number) == expected.map(\.0))
        #expect(lines.map { String($0.text) } == expected.map(\.1))
    }

    @Test(
        "cells split at every tab byte, empty cells kept, at most maxSplits times",
        arguments: [
            ("a\tb\tc", Int.max, ["a", "b", "c"]),
            ("a\t\tb\t", Int.max, ["a", "", "b", ""]),
            ("", Int.max, [""]),
            ("Zürich\tCH\tcity\t80", Int.max, ["Zürich", "CH", "city", "80"]),
            ("e\u{301}\t\u{301}x", Int.max, ["e\u{301}", "\u{301}x"]),  // a combining mark after a tab
            ("kind\tslug\ta\tb", 2, ["kind", "slug", "a\tb"]),
        ])
    func cells(line: String, maxSplits: Int, expected: [String]) {
        #expect(TextFileLines.cells(of: line[...], maxSplits: maxSplits).map(String.init) == expected)
    }

    @Test(
        "trimmed drops leading and trailing tabs and space separators only",
        arguments: [
            ("  Data Engineer\t", "Data Engineer"),
            ("\t\t", ""),
            ("", ""),
            ("x", "x"),
            ("\u{00A0}Zürich\u{3000}", "Zürich"),  // no-break and ideographic spaces
            (" e\u{301} ", "e\u{301}"),  // a combining mark at the end stays
            ("a \u{2003} b\n", "a \u{2003} b\n"),  // inner separators stay; a line feed is not trimmed
        ])
    func trimmed(text: String, expected: String) {
        #expect(TextFileLines.trimmed(text) == expected)
        #expect(TextFileLines.trimmed(text[...]) == expected)
    }

    @Test("cells of a line in the middle of a file")
    func cellsOfALine() {
        let lines = TextFileLines.lines(of: "# head\r\nLondon\tGB\tcity\t95\r\n")
        #expect(TextFileLines.cells(of: lines[1].text).map(String.init) == ["London", "GB", "city", "95"])
    }

    @Test("company alias and role catalogue files load with Windows line ends")
    func catalogueFilesWithCRLF() throws {
        let aliases = try CompanyNormalizer.parseAliases("alias\tcanonical\r\nACME LLP\tAcme\r\n# note\r\n")
        #expect(aliases == ["ACME LLP": "Acme"])
        let roles = "role\tdata-engineer\tData Engineer\r\ntitle\tdata-engineer\tdata engineer\r\n"
        let catalogue = try RoleCatalogue(tsv: roles)
        #expect(RoleClassifier(catalogue: catalogue).role(title: "Senior Data Engineer", description: "")?.rawValue
            == "data-engineer")
    }
}
