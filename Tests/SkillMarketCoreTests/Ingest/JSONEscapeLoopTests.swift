import Testing

@testable import SkillMarketCore

/// The escape-decoding loop (a sixteen-byte turn that also decodes a one-letter escape at its
/// first stop) against a plain byte-by-byte reference decoder: every escape, control and
/// non-ASCII byte placed at every offset 0…70, so each falls in every lane and on the two bytes
/// the loop reads past a block, with non-ASCII text right after the closing quote.
@Suite("JSON escape loop", .tags(.ingest))
struct JSONEscapeLoopTests {
    /// What the plain rules make of a string's content.
    enum Outcome {
        case text([UInt8])
        case failure(String)
    }

    /// The JSON string content `content` (between the quotes) decoded by plain rules: the decoded
    /// bytes, or the error reason when the content is not a valid string.
    static func reference(_ content: [UInt8]) -> Outcome {
        var out: [UInt8] = []
        var index = 0
        func hex(_ at: Int) -> UInt32? {
            guard at + 4 <= content.count else { return nil }
            return UInt32(String(decoding: content[at..<at + 4], as: UTF8.self), radix: 16)
        }
        while index < content.count {
            let byte = content[index]
            if byte == 0x0A || byte == 0x0D { return .failure("unterminated string") }
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                index += 1
                continue
            }
            guard index + 1 < content.count else { return .failure("unterminated string") }
            let letters: [UInt8: UInt8] = [0x22: 0x22, 0x5C: 0x5C, 0x2F: 0x2F, 0x6E: 0x0A, 0x74: 0x09, 0x72: 0x0D, 0x62: 0x08, 0x66: 0x0C]
            if let decoded = letters[content[index + 1]] {
                out.append(decoded)
                index += 2
                continue
            }
            guard content[index + 1] == UInt8(ascii: "u") else { return .failure("invalid escape") }
            guard index + 6 <= content.count else { return .failure("truncated \\u escape") }
            guard var value = hex(index + 2) else { return .failure("invalid \\u escape") }
            index += 6
            if (0xD800...0xDBFF).contains(value) {
                let low = content.count >= index + 2 && content[index] == 0x5C && content[index + 1] == 0x75 ? hex(index + 2) : nil
                if let low, (0xDC00...0xDFFF).contains(low) {
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                } else {
                    value = 0xFFFD
                }
            } else if (0xDC00...0xDFFF).contains(value) {
                value = 0xFFFD
            }
            out += Array(String(Character(Unicode.Scalar(value) ?? "\u{FFFD}")).utf8)
        }
        return .text(out)
    }

    /// Pieces placed after the lead text: escapes (one-letter, `\u`, pairs, lone surrogates,
    /// invalid), control bytes, non-ASCII and invalid UTF-8.
    static let pieces: [String] = [
        #"\n"#, #"\n\n"#, #"\n- "#, #"\""#, #"\\"#, #"\\\\n"#, #"\/"#, #"\t\r\b\f"#, #"\u0041"#, #"\u00e9"#,
        #"\uD83D\uDE00"#, #"\uD83Dx"#, #"\uDE00"#, #"\uD83D\u0041"#, "\u{1}", "é", "€x😀",
    ]

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("escaped strings decode as the plain loop decodes them, at every offset", arguments: 0...70)
    func decodesAsTheReference(offset: Int) throws {
        let lead = [UInt8](repeating: UInt8(ascii: "a"), count: offset)
        let after = Self.bytes(#","ééééééééééééééééééé"]"#)
        for first in Self.pieces {
            for second in Self.pieces + [""] {
                for gap in [0, 1, 15, 16, 17] {
                    // An escape first, so the loop starts at once; then the piece at `offset`.
                    let content =
                        Self.bytes(#"\n"#) + lead + Self.bytes(first)
                        + [UInt8](repeating: UInt8(ascii: "b"), count: gap) + Self.bytes(second)
                    let source = [UInt8(ascii: "[")] + [UInt8(ascii: "\"")] + content + [UInt8(ascii: "\"")] + after
                    guard case .text(let expected) = Self.reference(content) else {
                        Issue.record("reference rejects \(content)")
                        continue
                    }
                    guard case .success(.array(let values)) = JSONParser.parse(source), case .string(let value)? = values.first
                    else {
                        Issue.record("\(String(decoding: content, as: UTF8.self)) after \(offset): not parsed")
                        continue
                    }
                    let text = String(decoding: expected, as: UTF8.self)
                    #expect(Array(value.utf8) == Array(text.utf8), "\(first) \(second) after \(offset)+\(gap)")
                    #expect(!value.utf8Span.isKnownASCII || value.utf8.allSatisfy { $0 < 0x80 }, "\(first) after \(offset)")
                }
            }
        }
    }

    @Test("a string broken after decoded escapes fails as the plain loop says, at every offset", arguments: 0...70)
    func failsAsTheReference(offset: Int) {
        let lead = Self.bytes(#"\n"#) + [UInt8](repeating: UInt8(ascii: "a"), count: offset)
        let breaks: [[UInt8]] = [[0x0A], [0x0D], Self.bytes(#"\q"#), Self.bytes(#"\u12"#), Self.bytes(#"\uZZZZ"#)]
        for broken in breaks {
            for tail in [[], Self.bytes(#"\n"#), Self.bytes(String(repeating: "z", count: 20))] {
                let content = lead + Self.bytes(#"\t"#) + broken + tail
                let source = [UInt8(ascii: "\"")] + content + [UInt8(ascii: "\"")]
                guard case .failure(let reason) = Self.reference(content) else {
                    Issue.record("reference accepts \(content)")
                    continue
                }
                guard case .failure(let error) = JSONParser.parse(source) else {
                    Issue.record("\(String(decoding: content, as: UTF8.self)): parsed")
                    continue
                }
                #expect(error.reason.hasPrefix(reason), "\(String(decoding: content, as: UTF8.self))")
            }
        }
        // Cut off: no closing quote, after the loop's last full block or inside it.
        for cut in 0...20 {
            let source = [UInt8(ascii: "\"")] + lead + [UInt8](repeating: UInt8(ascii: "z"), count: cut) + Self.bytes(#"\n"#)
            #expect(JSONParser.parse(source) == .failure(JSONParseError(reason: "unterminated string", line: 1, column: 1)))
        }
    }
}
