import Foundation
@testable import SkillMarketCore

/// A deliberately simple alias finder for checking the generator's truth: whole-word matches of
/// every alias listed in the generator's skills file (case-insensitive from four characters up).
struct AliasScanner {
    struct Entry {
        let skill: SkillName
        let alias: [UInt8]
        let foldCase: Bool
        let ambiguous: Bool
    }

    let entries: [Entry]

    init(calibration: CorpusCalibration) {
        entries = calibration.skills.flatMap { skill in
            skill.aliases.map {
                Entry(skill: skill.name, alias: Array($0.text.utf8), foldCase: $0.text.utf8.count >= 4, ambiguous: $0.ambiguous)
            }
        }
    }

    /// Skills with at least one alias in `text`; `strictOnly` skips aliases marked ambiguous.
    func skills(in text: String, strictOnly: Bool = false) -> Set<SkillName> {
        let bytes = Array(Self.plain(text).utf8)
        var found: Set<SkillName> = []
        for entry in entries where !(strictOnly && entry.ambiguous) && !found.contains(entry.skill) {
            if Self.contains(bytes, entry.alias, foldCase: entry.foldCase) { found.insert(entry.skill) }
        }
        return found
    }

    /// HTML tags removed and the three entities the generator writes decoded.
    static func plain(_ text: String) -> String {
        var result = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true; result.append(" "); continue }
            if character == ">" && inTag { inTag = false; continue }
            if !inTag { result.append(character) }
        }
        return result.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">")
    }

    private static func isWord(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte >= 0x80
    }

    private static func contains(_ text: [UInt8], _ alias: [UInt8], foldCase: Bool) -> Bool {
        guard alias.count <= text.count, let first = alias.first else { return false }
        for start in 0...(text.count - alias.count) {
            if start > 0 && (isWord(text[start - 1]) && isWord(first) || text[start - 1] == UInt8(ascii: ".")) { continue }
            var matches = true
            for offset in alias.indices {
                let a = text[start + offset], b = alias[offset]
                if a != b && !(foldCase && a | 0x20 == b | 0x20 && isWord(a)) {
                    matches = false
                    break
                }
            }
            guard matches else { continue }
            let end = start + alias.count
            if end < text.count {
                let next = text[end]
                if (isWord(next) && isWord(alias[alias.count - 1])) || next == UInt8(ascii: "+") || next == UInt8(ascii: "#") {
                    continue
                }
            }
            return true
        }
        return false
    }
}
