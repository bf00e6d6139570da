import Testing

@testable import SkillMarketCore

/// `TokenVocabulary` hashes a token from at most two loads and keeps its table sparse: ids must
/// still be dense, exact and stable for tokens of every length.
@Suite("Token vocabulary")
struct TokenVocabularyTests {
    /// Tokens of every length 0…40 that differ only in one byte, plus non-ASCII and look-alikes
    /// sharing their first and last eight bytes (the hash ignores the middle of long tokens).
    static let tokens: [[UInt8]] = {
        var tokens: [[UInt8]] = []
        for length in 0...40 {
            let base = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            tokens.append(base)
            for position in [0, length / 2, length - 1] where position >= 0 && position < length {
                var variant = base
                variant[position] = UInt8(ascii: "Z")
                tokens.append(variant)
            }
        }
        tokens += ["café", "zürich", "são paulo", "東京", "’s"].map { Array($0.utf8) }
        tokens.append(Array("abcdefgh-MIDDLE-12345678".utf8))
        tokens.append(Array("abcdefgh-middle-12345678".utf8))
        var unique: [[UInt8]] = []
        for token in tokens where !unique.contains(token) { unique.append(token) }
        return unique
    }()

    static func id(_ token: [UInt8], in vocabulary: TokenVocabulary) -> Int32 {
        token.withUnsafeBufferPointer { bytes in vocabulary.withLookup { $0.id(of: bytes) } }
    }

    @Test("interned tokens get dense ids in order and are found again after the table grows")
    func internAndFind() {
        var vocabulary = TokenVocabulary()
        for (index, token) in Self.tokens.enumerated() {
            let id = token.withUnsafeBufferPointer { vocabulary.intern(bytes: $0) }
            #expect(id == Int32(index))
            #expect(token.withUnsafeBufferPointer { vocabulary.intern(bytes: $0) } == id)
        }
        #expect(vocabulary.count == Self.tokens.count)
        for (index, token) in Self.tokens.enumerated() {
            #expect(Self.id(token, in: vocabulary) == Int32(index), "\(token)")
        }
    }

    @Test("tokens never interned are unknown", arguments: [0, 1, 3, 4, 7, 8, 9, 16, 17, 33])
    func unknownTokens(length: Int) {
        var vocabulary = TokenVocabulary()
        for token in Self.tokens where token.count != length {
            _ = token.withUnsafeBufferPointer { vocabulary.intern(bytes: $0) }
        }
        for token in Self.tokens where token.count == length {
            #expect(Self.id(token, in: vocabulary) == TokenVocabulary.unknown, "\(token)")
        }
    }
}
