import Testing

@testable import SkillMarketCore

struct JSONStringCase: Sendable, CustomTestStringConvertible {
    let json: String
    /// The decoded text, or the error message.
    let expected: Result<String, JSONParseError>
    var testDescription: String { json }

    init(_ json: String, _ text: String) {
        (self.json, expected) = (json, .success(text))
    }

    init(_ json: String, error reason: String, column: Int) {
        (self.json, expected) = (json, .failure(JSONParseError(reason: reason, line: 1, column: column)))
    }
}

/// JSON strings are scanned 16 bytes at a time (`ByteBlocks`) and built without re-validation when
/// the scan saw only ASCII: escapes, control bytes, non-ASCII and invalid bytes are placed at every
/// offset of the first blocks, and the value must be what the byte rules say.
@Suite("JSON string scan", .tags(.ingest))
struct JSONStringScanTests {
    @Test(arguments: [
        JSONStringCase(#""\u0000""#, "\u{0}"),
        JSONStringCase(#""a\u0000b""#, "a\u{0}b"),
        JSONStringCase(#""\uD83D\uDE00""#, "😀"),
        JSONStringCase(#""\uD83D\u0041""#, "\u{FFFD}A"),
        JSONStringCase(#""\uDE00\uD83D""#, "\u{FFFD}\u{FFFD}"),
        JSONStringCase(#""x\uD83D""#, "x\u{FFFD}"),
        JSONStringCase(#""\u00E9\u20AC""#, "é€"),
        JSONStringCase(#""\/\b\f\r""#, "/\u{8}\u{C}\r"),
        JSONStringCase("\"tab\there\"", "tab\there"),
        JSONStringCase(#""\uD83D\uDE""#, error: "truncated \\u escape", column: 8),
        JSONStringCase(#""\u12""#, error: "truncated \\u escape", column: 2),
        JSONStringCase(#""\uZZZZ""#, error: "invalid \\u escape", column: 2),
        JSONStringCase(#""\uD83D\uZZZZ""#, error: "invalid \\u escape", column: 8),
        JSONStringCase(#""a\"#, error: "unterminated string", column: 1),
        JSONStringCase("\"a\rb\"", error: "unterminated string", column: 1),
    ])
    func escapesDecodeAsBefore(_ c: JSONStringCase) {
        #expect(JSONParser.parse(c.json) == c.expected.map(JSONValue.string))
    }

    /// (JSON string content, its bytes once escapes are decoded or nil for "unterminated string"),
    /// each after 0…40 letters; the value is those bytes repaired as `String(decoding:as:)` does.
    static let placed: [(content: [UInt8], decoded: [UInt8]?)] = [
        (Array(#"\n"#.utf8), [0x0A]),
        (Array(#"x\"y"#.utf8), Array("x\"y".utf8)),
        (Array(#"\\"#.utf8), [0x5C]),
        ([0x09], [0x09]),
        ([0x01, 0x7F], [0x01, 0x7F]),
        (Array("é".utf8), Array("é".utf8)),
        (Array("€ and 😀".utf8), Array("€ and 😀".utf8)),
        ([0xFF], [0xFF]),
        ([0xC3], [0xC3]),
        ([0xE2, 0x82], [0xE2, 0x82]),
        ([0xED, 0xA0, 0x80], [0xED, 0xA0, 0x80]),
        ([0xC3] + Array(#"\n"#.utf8), [0xC3, 0x0A]),
        (Array(#"\u00e9"#.utf8) + [0xFF], Array("é".utf8) + [0xFF]),
        ([0x0A], nil),
        (Array(#"\n"#.utf8) + [0x0D], nil),
    ]

    @Test(arguments: 0..<41)
    func specialBytesAreFoundAtEveryOffset(offset: Int) {
        let prefix = [UInt8](repeating: UInt8(ascii: "a"), count: offset)
        for (content, decoded) in Self.placed {
            for suffix in [[], [UInt8](repeating: UInt8(ascii: "z"), count: 20)] {
                let parsed = JSONParser.parse([UInt8(ascii: "\"")] + prefix + content + suffix + [UInt8(ascii: "\"")])
                guard let decoded else {
                    #expect(parsed == .failure(JSONParseError(reason: "unterminated string", line: 1, column: 1)))
                    continue
                }
                let expected = String(decoding: prefix + decoded + suffix, as: UTF8.self)
                guard case .success(.string(let value)) = parsed else {
                    Issue.record("\(content) after \(offset): \(parsed)")
                    continue
                }
                #expect(value == expected, "\(content) after \(offset)")
                #expect(Array(value.unicodeScalars) == Array(expected.unicodeScalars), "\(content) after \(offset)")
                #expect(value.count == expected.count, "\(content) after \(offset)")
            }
        }
    }

    @Test("the flat-record fast path decodes the same strings", arguments: 0..<20)
    func flatRecordsDecodeTheSame(offset: Int) throws {
        let title = String(repeating: "T", count: offset) + #"caf\u00e9 \"x\"\n"#
        let record = RawRecord(
            source: "t", line: 1, payload: .json(ArraySlice(#"{"title":"\#(title)","company":"Ünïcode AG"}"#.utf8)))
        let posting = try #require(try RecordDecoder().decode(record).first?.get())
        #expect(posting.title == String(repeating: "T", count: offset) + "café \"x\"")
        #expect(posting.company == "Ünïcode AG")
    }
}

/// `UTF8Text` against the standard library: validity and the repaired text, with every kind of
/// sequence after 0…20 ASCII bytes (so both the 16-byte skip and the byte loop meet it).
@Suite("UTF-8 text", .tags(.ingest))
struct UTF8TextTests {
    static let sequences: [[UInt8]] = [
        [0x41], [0xC2, 0xA0], [0xDF, 0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0xA0, 0x80], [0xE0, 0x9F, 0xBF],
        [0xE1, 0x80, 0x80], [0xEC, 0xBF, 0xBF], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xEE, 0x80, 0x80],
        [0xEF, 0xBF, 0xBF], [0xF0, 0x90, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF1, 0x80, 0x80, 0x80],
        [0xF3, 0xBF, 0xBF, 0xBF], [0xF4, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0xFF], [0x80], [0xBF], [0xE2, 0x82], [0xE2, 0x82, 0x41], [0xF0, 0x9F, 0x98], [0xC3],
    ]

    @Test(arguments: 0..<21)
    func agreesWithTheStandardLibrary(offset: Int) {
        let prefix = [UInt8](repeating: UInt8(ascii: "p"), count: offset)
        for sequence in Self.sequences {
            for suffix in [[], [UInt8](repeating: UInt8(ascii: "s"), count: 17)] {
                let bytes = prefix + sequence + suffix
                bytes.withUnsafeBufferPointer { buffer in
                    let valid = String(validating: bytes, as: UTF8.self) != nil
                    #expect(UTF8Text.isValid(buffer) == valid, "\(sequence)")
                    let text = UTF8Text.string(buffer, knownASCII: false)
                    let reference = String(decoding: bytes, as: UTF8.self)
                    #expect(Array(text.utf8) == Array(reference.utf8), "\(sequence)")
                    #expect(Array(text.unicodeScalars) == Array(reference.unicodeScalars), "\(sequence)")
                }
            }
        }
    }
}

/// `ByteBlocks` lane helpers for every lane.
@Suite("Sixteen-byte blocks")
struct ByteBlocksTests {
    @Test("the first flagged lane and the high bits before a lane are exact", arguments: 0..<16)
    func lanes(lane: Int) {
        var bytes = [UInt8](repeating: 0x61, count: 16)
        bytes[lane] = 0xC3
        let block = ByteBlocks.Block(bytes)
        let flags = ByteBlocks.flags(block .== ByteBlocks.Block(repeating: 0xC3))
        #expect(ByteBlocks.firstLane(of: flags) == lane)
        #expect(!ByteBlocks.isEmpty(flags))
        #expect(ByteBlocks.isEmpty(ByteBlocks.flags(block .== ByteBlocks.Block(repeating: 0x62))))
        #expect(ByteBlocks.firstLane(of: ByteBlocks.flags(block .== ByteBlocks.Block(repeating: 0x62))) == 16)
        for count in 0...16 {
            #expect((ByteBlocks.highBits(block, before: count) != 0) == (lane < count), "before \(count)")
        }
    }
}
