import Testing

@testable import SkillMarketCore

/// The table-driven word hasher against a plain reference of its documented rules.
@Suite("Word hasher")
struct WordHasherTests {
    /// The rules of `WordHasher`, written the slow and obvious way: one byte at a time.
    enum Reference {
        static func words(in bytes: [UInt8], skippingURLs: Bool) -> [UInt64] {
            var words: [UInt64] = []
            var index = 0
            while index < bytes.count {
                if let width = separatorWidth(bytes, at: index) {
                    index += width
                    continue
                }
                if skippingURLs, startsURL(bytes, at: index) {
                    while index < bytes.count, !" \t\n\r\u{0B}\u{0C}\"'()<>[]".utf8.contains(bytes[index]) { index += 1 }
                    continue
                }
                var hash = WordHasher.fnvOffset
                while index < bytes.count, separatorWidth(bytes, at: index) == nil {
                    var byte = bytes[index]
                    if byte >= 0x41, byte <= 0x5A { byte |= 0x20 }
                    hash = (hash ^ UInt64(byte)) &* WordHasher.fnvPrime
                    index += 1
                }
                words.append(hash)
            }
            return words
        }

        static func separatorWidth(_ bytes: [UInt8], at index: Int) -> Int? {
            let byte = bytes[index]
            if byte < 0x80 {
                let isWord = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                return isWord ? nil : 1
            }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return 2 }
            if byte == 0xE2, index + 2 < bytes.count, [0x80, 0x81].contains(bytes[index + 1]) { return 3 }
            return nil
        }

        static func startsURL(_ bytes: [UInt8], at index: Int) -> Bool {
            let folded = bytes[index...].prefix(8).map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
            return ["http://", "https://", "www."].contains { folded.starts(with: $0.utf8) }
        }
    }

    /// The word hashes of `bytes` and their chain from 17.
    static func hashesAndChain(_ bytes: [UInt8], skippingURLs: Bool) -> (words: [UInt64], chain: UInt64) {
        var words: [UInt64] = []
        let chain = bytes.withUnsafeBufferPointer { buffer in
            WordHasher.forEachWords(in: buffer, skippingURLs: skippingURLs, chainingFrom: 17) {
                words.append(contentsOf: $0)
            }
        }
        return (words, chain)
    }

    static func hashes(_ bytes: [UInt8], skippingURLs: Bool) -> [UInt64] {
        hashesAndChain(bytes, skippingURLs: skippingURLs).words
    }

    /// Expects the word hashes of `bytes` and their chain to equal the reference's, with URLs kept and skipped.
    static func expectReference(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        for skippingURLs in [false, true] {
            let (words, chain) = hashesAndChain(bytes, skippingURLs: skippingURLs)
            let expected = Reference.words(in: bytes, skippingURLs: skippingURLs)
            #expect(words == expected, "\(bytes) skippingURLs: \(skippingURLs)", sourceLocation: sourceLocation)
            #expect(
                chain == expected.reduce(17) { FingerprintReferenceTests.Reference.mix64($0 &+ $1) },
                "\(bytes) skippingURLs: \(skippingURLs)", sourceLocation: sourceLocation)
        }
    }

    @Test(
        "words and separators follow the reference rules",
        arguments: [
            "Apply: https://x.io/?utm_source=a NOW", "HTTP://X.IO/a b", "www.example.com/jobs?id=1 rest",
            "xhttps://inside a word", "caf\u{E9} na\u{EF}ve \u{00A0}nbsp\u{00A0}here", "dash\u{2014}and\u{2022}bullet\u{2060}x",
            "ends with lead \u{C2}", "", "   ", "R&D, C++ and C#", "h", "www", "http:/not-a-url",
            "\u{201C}quoted\u{201D} (paren) [bracket] <angle>", "ÄÖÜ über 東京",
        ])
    func matchesReference(text: String) {
        let bytes = Array(text.utf8)
        for skippingURLs in [false, true] {
            #expect(Self.hashes(bytes, skippingURLs: skippingURLs) == Reference.words(in: bytes, skippingURLs: skippingURLs))
        }
    }

    @Test(
        "words of every length around the eight-byte steps hash like the reference",
        arguments: [
            "abcdefg abcdefgh abcdefghi", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 x", "1234567\u{00A0}x 12345678\u{2014}y",
            "abcdefg\u{E9}12345678 \u{E9}\u{E9}\u{E9}\u{E9}abcdefgh", "seven77", "eight888", "nine99999",
            "with have how www wwwx ht http https HTTPS://x.io/a www.x.io b", "wh", "w", "ww.", "abcdefghijklmnop.",
        ])
    func matchesReferenceAcrossSteps(text: String) {
        let bytes = Array(text.utf8)
        for skippingURLs in [false, true] {
            #expect(Self.hashes(bytes, skippingURLs: skippingURLs) == Reference.words(in: bytes, skippingURLs: skippingURLs))
        }
    }

    @Test("random byte strings built from the tricky bytes hash like the reference")
    func randomBytes() {
        let alphabet: [UInt8] = Array("aZ09 .:/hwtps".utf8) + [0xC2, 0xA0, 0xE2, 0x80, 0x81, 0x94, 0xC3, 0xA9, 0x22, 0x3C, 0x0A]
            + Array(repeating: UInt8(ascii: "x"), count: 12)  // long runs of word bytes too
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...40, using: &generator)
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0x20 }
            for skippingURLs in [false, true] {
                #expect(Self.hashes(bytes, skippingURLs: skippingURLs) == Reference.words(in: bytes, skippingURLs: skippingURLs))
            }
        }
    }
}
