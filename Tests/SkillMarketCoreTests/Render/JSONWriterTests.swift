import Testing

@testable import SkillMarketCore

/// Strings in every JSON SkillMarket writes: `"`, `\` and control bytes escaped, everything else
/// (non-ASCII included) copied as it is.
@Suite("JSON writer strings")
struct JSONWriterTests {
    static func written(_ value: String) -> String {
        var json = JSONWriter()
        json.string(value)
        return json.text
    }

    /// The escaping rules byte by byte, as the writer applied them before it copied runs whole.
    static func reference(_ value: String) -> String {
        var out = Array("\"".utf8)
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += Array("\\\"".utf8)
            case UInt8(ascii: "\\"): out += Array("\\\\".utf8)
            case UInt8(ascii: "\n"): out += Array("\\n".utf8)
            case UInt8(ascii: "\r"): out += Array("\\r".utf8)
            case UInt8(ascii: "\t"): out += Array("\\t".utf8)
            case 0..<0x20:
                let hex = String(byte, radix: 16)
                out += Array(("\\u00" + (hex.count == 1 ? "0" : "") + hex).utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out + Array("\"".utf8), as: UTF8.self)
    }

    @Test(
        "quotes, backslashes and control bytes are escaped; other text is copied",
        arguments: [
            ("", #""""#),
            ("plain", #""plain""#),
            ("say \"hi\"", #""say \"hi\"""#),
            ("C:\\path\\", #""C:\\path\\""#),
            ("a\nb\r\tc", #""a\nb\r\tc""#),
            ("\u{01}x\u{1F}", #""\u0001x\u001f""#),
            ("\"\\\n", #""\"\\\n""#),
            ("Zürich — 東京 😀", "\"Zürich — 東京 😀\""),
            ("\u{7F}", "\"\u{7F}\""),  // DEL is not a control byte JSON escapes
        ])
    func escapes(value: String, expected: String) {
        #expect(Self.written(value) == expected)
    }

    @Test("generated strings of every length 0…40 are written as the byte rules say", arguments: 0...40)
    func generated(length: Int) {
        let pieces = ["a", "Z", " ", "\"", "\\", "\n", "\r", "\t", "\u{00}", "\u{1B}", "é", "€", "😀", "/"]
        var generator = SeededGenerator(seed: UInt64(length))
        for _ in 0..<50 {
            var value = ""
            for _ in 0..<length { value += pieces.randomElement(using: &generator) ?? "" }
            #expect(Self.written(value) == Self.reference(value))
        }
    }
}
