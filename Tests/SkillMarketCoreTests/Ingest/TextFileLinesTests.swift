import Foundation
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

    /// Strings of every length 0…12 over pieces that exercise line ends, tabs, separators, blanks and
    /// non-ASCII (combining marks after separators, a Prepend mark before one, no-break spaces).
    private static let generated: [String] = {
        let pieces = ["a", " ", "\t", "\n", "\r", ";", ",", "ü", "\u{301}", "\u{A0}", "\u{600}", "\u{3000}", "\u{0B}", "#"]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var texts: [String] = []
        for length in 0...12 {
            for _ in 0..<60 {
                var text = ""
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    text += pieces[Int(state >> 33) % pieces.count]
                }
                texts.append(text)
            }
        }
        return texts
    }()

    @Test("forEachLine gives the lines of lines(of:)")
    func forEachLineMatchesLines() {
        for text in Self.generated {
            var seen: [(Int, String)] = []
            var copy = text
            copy.withUTF8 { bytes in
                TextFileLines.forEachLine(in: bytes) { seen.append(($0, String(decoding: $1, as: UTF8.self))) }
            }
            let expected = TextFileLines.lines(of: text)
            #expect(seen.map(\.0) == expected.map(\.number), "\(text.debugDescription)")
            #expect(seen.map(\.1) == expected.map { String($0.text) }, "\(text.debugDescription)")
        }
    }

    @Test("cell(of:from:) ends at the next tab as cells(of:) does")
    func cellMatchesCells() {
        for text in Self.generated where !text.contains("\n") {
            var copy = text
            let cells = copy.withUTF8 { bytes in
                var cells: [String] = []
                var start = 0
                while true {
                    let cell = TextFileLines.cell(of: bytes, from: start)
                    cells.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[cell]), as: UTF8.self))
                    guard cell.upperBound < bytes.count else { return cells }
                    start = cell.upperBound + 1
                }
            }
            #expect(cells == TextFileLines.cells(of: text[...]).map(String.init), "\(text.debugDescription)")
        }
    }

    @Test("trimmed equals the scalar-walking trim it replaced")
    func trimmedMatchesScalarTrim() {
        func isBlank(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator
        }
        func reference(_ text: String) -> String {
            let scalars = text.unicodeScalars
            guard let first = scalars.firstIndex(where: { !isBlank($0) }) else { return "" }
            let last = scalars.lastIndex(where: { !isBlank($0) }) ?? first
            return String(text[first..<scalars.index(after: last)])
        }
        for text in Self.generated {
            let expected = reference(text)
            #expect(TextFileLines.trimmed(text).utf8.elementsEqual(expected.utf8), "\(text.debugDescription)")
            #expect(TextFileLines.trimmed(text.dropFirst(0)).utf8.elementsEqual(expected.utf8), "\(text.debugDescription)")
        }
    }

    @Test("split equals String.split at a Character")
    func splitMatchesStringSplit() {
        for text in Self.generated {
            for separator: Character in [";", ",", "\t"] {
                let pieces = TextFileLines.split(text, at: separator).map { Array($0.utf8) }
                #expect(pieces == text.split(separator: separator).map { Array($0.utf8) }, "\(text.debugDescription)")
            }
        }
    }

    @Test(
        "company alias lines are trimmed like trimmingCharacters(in: .whitespacesAndNewlines)",
        arguments: [
            "\u{0B}ACME LLP\tAcme\u{0C}\n", "\u{A0}ACME\tAcme\u{3000}\n", " \t ACME \t Acme \r\n",
            "\u{85}Ü\tÜber\u{2028}\n", "x\u{301}\ty\u{301}\n", "\u{0B}# note\n", "\u{A0}alias\tcanonical\n",
        ])
    func companyAliasTrimming(line: String) throws {
        let trimmed = line.dropLast().trimmingCharacters(in: .whitespacesAndNewlines)
        var expected: [String: String] = [:]
        if !trimmed.isEmpty, !trimmed.hasPrefix("#"), trimmed != "alias\tcanonical" {
            let fields = trimmed.split(separator: "\t").map(TextFileLines.trimmed)
            expected[fields[0]] = fields[1]
        }
        #expect(try CompanyNormalizer.parseAliases(line) == expected)
    }
}
