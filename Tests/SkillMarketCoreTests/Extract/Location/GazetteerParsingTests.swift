import Foundation
import Testing

@testable import SkillMarketCore

/// The byte-level gazetteer parser against a plain `String` port of the parser it replaced.
@Suite("Gazetteer parsing")
struct GazetteerParsingTests {
    /// The previous parser: `Substring` lines and cells, `String` comparisons, one `[String: …]` table.
    private static func reference(_ tsv: String) -> [String: [Gazetteer.Candidate]] {
        var entries: [String: [Gazetteer.Candidate]] = [:]
        for (_, line) in TextFileLines.lines(of: tsv) where line.utf8.first != UInt8(ascii: "#") {
            let columns = TextFileLines.cells(of: line)
            guard columns.count >= 4, let weight = Int(columns[3]) else { continue }
            let kind: Gazetteer.Kind
            switch columns[2] {
            case "country": kind = .country
            case "region": kind = .region
            case "city": kind = .city
            default: kind = .none
            }
            let country = columns[1] == "-" ? nil : CountryCode(String(columns[1]))
            guard country != nil || kind == .none else { continue }
            var name = String(columns[0])
            let (key, words) = name.withUTF8 { bytes in
                PlaceText.withKey(for: bytes) { (String(decoding: $0, as: UTF8.self), $1) }
            }
            guard !key.isEmpty else { continue }
            entries[key, default: []].append(
                Gazetteer.Candidate(
                    country: country, kind: kind, weight: weight, needsUpperCase: words == 1 && key.utf8.count == 2))
        }
        return entries
    }

    private static let odd = [
        "# comment\r\n",
        "London\tGB\tcity\t95\r\n",
        "London\tCA\tcity\t20\n",
        "LONDON\tUS\tcity\t10\textra\tcells\n",
        "\n",
        "\r\n",
        "Zürich\tCH\tcity\t80\n",
        "Zu\u{308}rich\tCH\tcity\t70\n",  // decomposed: a non-ASCII key
        "Sankt Gallen\tch\tregion\t+5\n",
        "Kraków\tPL\tcity\t007\n",
        "Ελλάδα\tGR\tcountry\t60\n",
        "Ελλα\u{301}δα\tGR\tcountry\t61\n",  // canonically equivalent to the line above
        "Europe\t-\tnone\t1\n",
        "Nowhere\t-\tcity\t1\n",  // '-' needs kind none: skipped
        "Odd\tXYZ\tnone\t3\n",  // a bad code with kind none is kept without a country
        "Odd\tXYZ\tcity\t3\n",  // ...and skipped with another kind
        "Short\tGB\tcity\n",
        "NoWeight\tGB\tcity\tabc\n",
        "Huge\tGB\tcity\t99999999999999999999\n",
        "Big\tGB\tcity\t123456789012345678\n",
        "Neg\tGB\tcity\t-4\n",
        "Kinds\tGB\tCity\t4\n",  // kind words are case-sensitive: none
        "Kinds\tGB\tcity \t4\n",
        "CA\tUS\tregion\t50\n",
        "St. Albans\tGB\tcity\t40\n",
        "\tGB\tcity\t1\n",  // no words
        "#Hash\tGB\tcity\t1\n",
        " #Space\tGB\tcity\t1\n",
        "Bath and North East Somerset\tGB\tregion\t30\n",
        "a b c d e f g h i j\tGB\tcity\t1\n",
        "Last\tGB\tcity\t2",
    ]

    @Test(
        "lookups, longest name, most candidates and known countries match the String parser",
        arguments: [odd.joined(), odd.reversed().joined(), odd.joined().replacingOccurrences(of: "\n", with: "\r\n"), "", "\n\n"])
    func matchesReference(tsv: String) {
        let gazetteer = Gazetteer(tsv: tsv)
        let expected = Self.reference(tsv)
        for (key, candidates) in expected {
            var key = key
            #expect(key.withUTF8 { gazetteer.candidates(forKey: $0) } == candidates, "\(key)")
        }
        for missing in ["paris", "londo", "london x", "", "zurich ", "ελλαδα"] {
            var missing = missing
            #expect(missing.withUTF8 { gazetteer.candidates(forKey: $0) } == nil)
        }
        let longest = expected.keys.map { $0.split(separator: " ").count }.max() ?? 1
        #expect(gazetteer.longestName == min(max(longest, 1), 8))
        #expect(gazetteer.mostCandidates == (expected.values.map(\.count).max() ?? 0))
        for code in ["GB", "CA", "US", "CH", "PL", "GR", "FR"] {
            let known = expected.values.contains { $0.contains { $0.kind == .country && $0.country?.rawValue == code } }
            #expect(gazetteer.knows(CountryCode(code)!) == known, "\(code)")
        }
    }

    @Test("a canonically equivalent non-ASCII spelling finds the same candidates")
    func canonicalEquivalence() {
        let gazetteer = Gazetteer(tsv: "Ελλάδα\tGR\tcountry\t60\n")
        var decomposed = "Ελλα\u{301}δα"
        #expect(decomposed.withUTF8 { gazetteer.candidates(forKey: $0) }?.first?.country == CountryCode("GR"))
    }

    @Test("the bundled gazetteer matches the String parser")
    func bundledMatchesReference() throws {
        let gazetteer = try Gazetteer.bundled()
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../Sources/SkillMarketCore/Resources/gazetteer.tsv").standardized
        let expected = Self.reference(try String(contentsOf: url, encoding: .utf8))
        #expect(expected.count > 4_000)
        for (key, candidates) in expected {
            var key = key
            #expect(key.withUTF8 { gazetteer.candidates(forKey: $0) } == candidates, "\(key)")
        }
    }
}
