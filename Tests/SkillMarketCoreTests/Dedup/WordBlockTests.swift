import Testing

@testable import SkillMarketCore

/// The 64-byte word scan (`WordBlock`: bit masks, separators cleared from the mask, fixed-step hashes)
/// against the byte-at-a-time reference of `WordHasher`'s rules (`WordHasherTests.Reference`), on
/// generated texts of every length 0…80 and on separators and URLs placed around the block edges,
/// where a word, a multi-byte separator or a URL runs from one block into the next.
@Suite("Word blocks")
struct WordBlockTests {
    /// Pieces the generated texts are made of: word bytes of every kind, ASCII separators, NBSP,
    /// U+2019, U+2014, superscripts (E2 81 xx), other E2 characters (€, E2 82 AC), lone and truncated
    /// lead bytes, URLs and near-URLs.
    static let pieces: [[UInt8]] = [
        "a", "Z", "7", "xyz", "ABCDEFGHIJ", "abcdefghijklmnopqrstuvwxyz0123456789", " ", ".", ",", "\n", "\"",
        "<", "]", "é", "Ωμέγα", "東京", "\u{00A0}", "\u{2019}", "\u{2014}", "\u{2070}", "\u{207F}", "\u{20AC}", "©",
        "http://x.io/a?b=c", "HTTPS://Y.IO/(z)", "www.q.io", "WWW.", "http", "www", "https:", "with", "have",
    ].map { Array($0.utf8) } + [[0xE2], [0xC2], [0xE2, 0x80], [0x80], [0xFF], [0x00]]

    @Test("generated texts of every length 0…80 hash like the reference", arguments: 0...80)
    func generatedTexts(length: Int) {
        var generator = SeededGenerator(seed: UInt64(length))
        for _ in 0..<200 {
            var text: [UInt8] = []
            while text.count < length { text += Self.pieces.randomElement(using: &generator) ?? [] }
            WordHasherTests.expectReference(Array(text.prefix(length)))
        }
    }

    @Test(
        "a separator or URL after 0–140 word bytes or spaces (across the 64-byte edge) hashes like the reference",
        arguments: [
            [0xC2, 0xA0], [0xE2, 0x80, 0x99], [0xE2, 0x81, 0xB0], [0xE2, 0x82, 0xAC], [0xE2, 0x80], [0xC2], [0xE2],
            [0xE2, 0x80, 0xE2, 0x80, 0x80], [0xC2, 0xC2, 0xA0], Array(" http://x.io/a b".utf8), Array(" www.a.b c".utf8),
        ] as [[UInt8]])
    func acrossBlockEdges(separator: [UInt8]) {
        for filler in [UInt8(ascii: "x"), UInt8(ascii: " "), 0xC3] {
            for count in 0...140 {
                for tail in ["", "abc", " Next", "\u{2019}s"] {
                    WordHasherTests.expectReference(Array(repeating: filler, count: count) + separator + Array(tail.utf8))
                    WordHasherTests.expectReference(Array("ab ".utf8) + Array(repeating: filler, count: count) + separator)
                }
            }
        }
    }

    @Test("words of 1–200 bytes hash like byte-at-a-time FNV-1a, whatever eight bytes follow them", arguments: 1...200)
    func fixedStepHash(length: Int) throws {
        let scratch = (0..<(length + 8)).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let expected = scratch.prefix(length).reduce(WordHasher.fnvOffset) { ($0 ^ UInt64($1)) &* WordHasher.fnvPrime }
        let states = UnsafeMutablePointer<UInt64>.allocate(capacity: WordBlock.stateCount)
        defer { states.deallocate() }
        let hash = try scratch.withUnsafeBufferPointer { bytes in
            WordBlock.hash(try #require(bytes.baseAddress), length: length, states: states)
        }
        #expect(hash == expected)
    }

    @Test("words of 1–70 bytes among short ones, at every offset in the block, hash and chain like the reference", arguments: 1...70)
    func longWords(length: Int) {
        let word = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
        for offset in 0...70 {
            for neighbour in ["", "ab cd ", "abcdefghi "] {
                let lead = Array(repeating: UInt8(ascii: " "), count: offset) + Array(neighbour.utf8)
                WordHasherTests.expectReference(lead + word + Array(" Z tail".utf8))
                WordHasherTests.expectReference(lead + word + Array(" ".utf8) + word + Array(".".utf8) + word)
            }
        }
    }
}
