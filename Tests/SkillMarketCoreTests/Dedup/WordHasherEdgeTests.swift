import Testing

@testable import SkillMarketCore

/// Word hashes are stored with fingerprints: the word loop and the URL scan must agree with the
/// byte-at-a-time reference (`WordHasherTests.Reference`) on every byte value, at every position
/// around the eight-byte steps, on separators of two and three bytes and on invalid UTF-8.
@Suite("Word hasher edge cases")
struct WordHasherEdgeTests {
    @Test("every byte value at every position of a 0–20 byte word hashes like the reference", arguments: 0...255)
    func everyByteInAWord(value: Int) {
        let letters = Array("abcdefghijKLMNOPQRST".utf8)
        for length in 0...letters.count {
            for position in 0...length {
                var text = Array(letters.prefix(length))
                text.insert(UInt8(value), at: position)
                WordHasherTests.expectReference(text)
            }
        }
    }

    @Test("every byte value inside a URL ends it exactly where the reference does", arguments: 0...255)
    func everyByteInAURL(value: Int) {
        let url = Array("see http://abcdefghijklmnopqrstuvwxyz0123456789/x?a=b&c=d next".utf8)
        for position in 11..<(url.count - 5) {
            var text = url
            text[position] = UInt8(value)
            WordHasherTests.expectReference(text)
        }
    }

    @Test(
        "NBSP and the General Punctuation block separate words; other non-ASCII characters are word bytes",
        arguments: [0x00A0, 0x00A9, 0x00E9, 0x1FFF] + Array(0x2000...0x206F) + [0x2080, 0x20AC, 0x3000])
    func multiByteCharacters(scalar: Int) throws {
        let character = String(try #require(Unicode.Scalar(scalar)))
        let separates = scalar == 0x00A0 || (0x2000...0x206F).contains(scalar)
        for left in ["", "a", "abcdef", "abcdefg", "abcdefgh", "abcdefghijklmno"] {
            let text = Array("\(left)\(character)Right".utf8)
            WordHasherTests.expectReference(text)
            let words = WordHasherTests.hashes(text, skippingURLs: true)
            #expect(words.count == (separates && !left.isEmpty ? 2 : 1), "U+\(String(scalar, radix: 16)) after \(left)")
        }
    }

    @Test("a URL at every position of texts of 0–40 bytes is skipped like the reference")
    func urlsAtEveryPosition() {
        let filler = Array(String(repeating: "ab, ", count: 10).utf8)
        for url in ["http://a.b/c?d=e&f", "HTTPS://X.IO/(y)", "www.q.io", "WWW.X", "http:/x", "wwwx", "https:", "ht"] {
            for length in 0...40 {
                for position in 0...length {
                    var text = Array(filler.prefix(length))
                    text.insert(contentsOf: Array(url.utf8), at: position)
                    WordHasherTests.expectReference(text)
                }
            }
        }
    }

    @Test(
        "invalid and truncated UTF-8 hashes like the reference",
        arguments: [
            [0xC2], [0xE2], [0xE2, 0x80], [0xE2, 0x81], [0x61, 0xC2], [0x61, 0xE2, 0x80], [0xC2, 0x41, 0x42],
            [0xE2, 0x80, 0x41, 0x42], [0xE2, 0x82, 0x41], [0xA0, 0x61], [0x80, 0x80], [0xFF, 0xFE, 0x61, 0x20, 0xC0],
            [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0xC2, 0xA0, 0x68],  // NBSP across an eight-byte step
            [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0xE2, 0x80, 0x94, 0x68],
            [0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0x68, 0xC2],
        ] as [[UInt8]])
    func invalidUTF8(bytes: [UInt8]) {
        WordHasherTests.expectReference(bytes)
        WordHasherTests.expectReference(bytes + Array(" and more words".utf8))
        WordHasherTests.expectReference(Array("some words ".utf8) + bytes)
    }

    @Test("random texts of 0–40 bytes over all byte values hash like the reference")
    func randomBytes() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<5_000 {
            let length = Int.random(in: 0...40, using: &generator)
            WordHasherTests.expectReference((0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) })
        }
    }
}
