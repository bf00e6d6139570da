import Testing

@testable import SkillMarketCore

@Suite("Short key table", .tags(.ingest))
struct ShortKeyTableTests {
    /// Keys around the 8- and 16-byte word edges, one with a NUL byte, one given twice, one too long.
    static let table = ShortKeyTable([
        (key: Array("title".utf8), value: 1), (key: Array("12345678".utf8), value: 2),
        (key: Array("123456789".utf8), value: 3), (key: Array("employment_type1".utf8), value: 4),
        (key: Array("a\u{0}".utf8), value: 5), (key: Array("title".utf8), value: 6),
        (key: Array("location_normalized".utf8), value: 7), (key: [], value: 8),
    ])

    @Test(
        "A key finds exactly its own value, whether or not the bytes after it may be read",
        arguments: [
            ("title", 6), ("12345678", 2), ("123456789", 3), ("employment_type1", 4), ("a\u{0}", 5), ("", 8),
            ("a", nil), ("titl", nil), ("titles", nil), ("1234567", nil), ("12345678 ", nil), ("employment_type", nil),
            ("location_normalized", nil), ("\u{0}", nil),
        ] as [(String, Int?)])
    func findsExactKeys(_ key: String, _ expected: Int?) {
        let bytes = Array(key.utf8)
        // Alone (only the key may be read), then followed by bytes the packing must mask off.
        let padded = bytes + Array(#"":"value that follows""#.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(Self.table.value(for: buffer, readable: buffer.count) == expected)
        }
        padded.withUnsafeBufferPointer { buffer in
            let key = UnsafeBufferPointer(rebasing: buffer[0..<bytes.count])
            #expect(Self.table.value(for: key, readable: buffer.count) == expected)
        }
    }
}
