import Testing

@testable import SkillMarketCore

/// Fingerprints are stored in databases, so the fast path (word hashes found 64 bytes at a time and
/// passed on in chunks, MinHash words added in a loop that takes w[n-5] from the chunk) must give the
/// exact hash and the 64 slots of a plain reference: the byte-at-a-time word rules
/// (`WordHasherTests.Reference`) and the signature written the slow and obvious way (`Reference`).
@Suite("Fingerprint against a reference")
struct FingerprintReferenceTests {
    /// `MinHashSignature.Builder`'s rules, one shingle at a time from the whole word list.
    enum Reference {
        static func mix64(_ value: UInt64) -> UInt64 {
            var z = value
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        static func rotated(_ value: UInt64, by bits: UInt64) -> UInt64 {
            value << bits | value >> (64 - bits)
        }

        /// Each word's combine is the previous one rotated by 7, xor the word.
        static func combined(_ words: ArraySlice<UInt64>) -> UInt64 {
            words.reduce(0) { rotated($0, by: 7) ^ $1 }
        }

        static func fingerprint(of words: [UInt64]) -> (exactHash: UInt64, signature: [UInt16]) {
            var exact: UInt64 = 0x9E37_79B9_7F4A_7C15
            for word in words { exact = mix64(exact &+ word) }
            exact = mix64(exact &+ UInt64(words.count))
            var shingles: [UInt64] = []
            if words.count >= 5 {
                for end in 4..<words.count { shingles.append(combined(words[(end - 4)...end])) }
            } else if !words.isEmpty {
                shingles.append(rotated(combined(words[...]), by: 7) ^ UInt64(words.count))
            }
            var minimums = [UInt32?](repeating: nil, count: 64)
            for shingle in shingles {
                let mixed = mix64(shingle)
                let slot = Int(mixed >> 58)
                minimums[slot] = min(UInt32(truncatingIfNeeded: mixed >> 26), minimums[slot] ?? .max)
            }
            guard minimums.contains(where: { $0 != nil }) else { return (exact, Array(repeating: .max, count: 64)) }
            let signature = (0..<64).map { slot -> UInt16 in
                var candidate = slot
                var probe = UInt64(slot)
                while minimums[candidate] == nil {
                    probe = mix64(probe &+ 0x9E37_79B9_7F4A_7C15)
                    candidate = Int(probe >> 58)
                }
                return UInt16(truncatingIfNeeded: minimums[candidate] ?? 0)
            }
            return (exact, signature)
        }
    }

    static func expectReference(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let text = String(decoding: bytes, as: UTF8.self)
        let fingerprint = DuplicateFingerprint(
            title: text, companyKeyHash: nil, location: text, plainDescription: text, posted: nil)
        // The fingerprint reads the String's bytes, which are `bytes` with invalid UTF-8 replaced.
        let expected = Reference.fingerprint(of: WordHasherTests.Reference.words(in: Array(text.utf8), skippingURLs: true))
        let keptURLs = WordHasherTests.Reference.words(in: Array(text.utf8), skippingURLs: false)
        let block = keptURLs.reduce(Reference.mix64(WordHasher.fnvOffset ^ 0x436F_6D70)) { Reference.mix64($0 &+ $1) }
        #expect(fingerprint.blockKey == block, "\(bytes)", sourceLocation: sourceLocation)
        #expect(
            fingerprint.locationKey == keptURLs.reduce(0) { Reference.mix64($0 &+ $1) }, "\(bytes)",
            sourceLocation: sourceLocation)
        #expect(fingerprint.exactHash == expected.exactHash, "\(bytes)", sourceLocation: sourceLocation)
        #expect(
            (0..<64).map { fingerprint.signature.values[$0] } == expected.signature, "\(bytes)",
            sourceLocation: sourceLocation)
    }

    @Test("generated texts of every length 0…130 fingerprint like the reference", arguments: 0...130)
    func generatedTexts(length: Int) {
        var generator = SeededGenerator(seed: UInt64(length) &+ 1_000)
        for _ in 0..<60 {
            var text: [UInt8] = []
            while text.count < length { text += WordBlockTests.pieces.randomElement(using: &generator) ?? [] }
            Self.expectReference(Array(text.prefix(length)))
        }
    }

    @Test(
        "texts of 0–300 words (chunks of word hashes, and the five words before each) fingerprint like the reference",
        arguments: [" ", "\u{00A0}", ", ", " http://x.io/?a=b ", "\u{2014}", "...!!!"])
    func wordCounts(separator: String) {
        for count in 0...300 {
            let words = (0..<count).map { index in index % 3 == 0 ? "W\(index % 41)" : "mot\(index % 17)é" }
            Self.expectReference(Array(words.joined(separator: separator).utf8))
        }
    }

    @Test("non-ASCII and separators at the 64-byte edges fingerprint like the reference", arguments: 50...80)
    func blockEdges(offset: Int) {
        for piece in ["é", "\u{00A0}", "\u{2019}", "東", "\u{20AC}", "www.a.io x", "-- --"] {
            for filler in ["ab ", "abcdefghij ", "a"] {
                var text = String(repeating: filler, count: 100).utf8.prefix(offset).map { $0 }
                text += Array(piece.utf8) + Array(" tail words here".utf8)
                Self.expectReference(text)
                Self.expectReference(Array(text.reversed()))
            }
        }
    }

    @Test("a builder fed in chunks of 1–13 words keeps the reference values", arguments: 1...13)
    func chunkedBuilder(chunk: Int) {
        var generator = SeededGenerator(seed: UInt64(chunk))
        for count in 0...60 {
            let words = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            var builder = MinHashSignature.Builder()
            var start = 0
            while start < count {
                let end = min(start + chunk, count)
                words[start..<end].withUnsafeBufferPointer { builder.add(words: $0) }
                start = end
            }
            let signature = builder.finish()
            let expected = Reference.fingerprint(of: words)
            #expect(builder.wordCount == count)
            #expect((0..<64).map { signature.values[$0] } == expected.signature)
        }
    }
}
