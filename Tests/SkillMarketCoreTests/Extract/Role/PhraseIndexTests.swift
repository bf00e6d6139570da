@testable import SkillMarketCore
import Testing

/// The flat `PhraseIndex` and the streaming `SupportScan` against plain reference loops over
/// generated phrases and texts.
@Suite("Phrase index and support scan")
struct PhraseIndexTests {
    /// A small deterministic generator (no randomness in tests: the same cases every run).
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
    }

    /// The index as it was built before: entries per first token, each insert followed by a sort
    /// by length; the longest match is the first entry whose tokens occur at `start`.
    static func referenceMatch(_ phrases: [([Int32], Int)], in text: [Int32], at start: Int) -> Int? {
        var bucket: [([Int32], Int)] = []
        for phrase in phrases where phrase.0.first == text[start] && text[start] >= 0 {
            bucket.append(phrase)
            bucket.sort { $0.0.count > $1.0.count }
        }
        return bucket.first { start + $0.0.count <= text.count && Array(text[start..<start + $0.0.count]) == $0.0 }?.1
    }

    @Test("longest matches equal the nested-array index's on generated phrases and texts", arguments: 0..<40)
    func longestMatchesEqualReference(seed: Int) {
        var generator = Generator(state: UInt64(seed + 1))
        let phrases: [([Int32], Int)] = (0..<generator.next(12)).map { value in
            ((0...generator.next(4)).map { _ in Int32(generator.next(6)) - 1 }, value)
        }
        let index = PhraseIndex(phrases.map { (tokens: $0.0, value: $0.1) })
        let text: [Int32] = (0..<generator.next(30)).map { _ in Int32(generator.next(6)) - 1 }
        text.withUnsafeBufferPointer { text in
            let reader = index.reader
            for start in text.indices {
                #expect(
                    reader.longestMatch(in: text, at: start).map(reader.value(of:))
                        == Self.referenceMatch(phrases, in: Array(text), at: start))
            }
        }
    }

    static let words = ["machine", "learning", "ml", "senior", "data", "python", "x", "y", "it's", "été", "&"]

    @Test(
        "the streamed support scan finds what matching the whole id list finds", arguments: 0..<60)
    func supportScanEqualsWholeList(seed: Int) {
        var generator = Generator(state: UInt64(seed + 100))
        var normaliser = TokenNormaliser(expansions: ["ml": ["machine", "learning"]], ignoredTokens: ["senior"])
        let terms = ["machine learning", "python", "data", "x y x", "learning data python"].filter { _ in
            generator.next(3) > 0
        }
        let phrases = terms.map { (tokens: normaliser.normalisedTokens(interning: $0), value: ()) }
        let index = PhraseIndex(phrases)
        guard !index.isEmpty else { return }
        let frozen = normaliser.frozen()
        // Texts long enough to cross pieces and move the window (hundreds of ids).
        let count = [0, 1, 5, 40, 300, 700][generator.next(6)]
        let separators = [" ", "\n", ", ", "  "]
        let description = (0..<count).map { _ in Self.words[generator.next(Self.words.count)] }
            .map { $0 + separators[generator.next(separators.count)] }.joined()
        var ids: [Int32] = []
        var text = description
        text.withUTF8 { bytes in frozen.reader.forEachNormalisedToken(of: bytes) { ids.append($0) } }
        for needed in 1...4 {
            // The distinct terms matched at any start of the whole id list, longest first at each.
            var found: [[Int32]] = []
            for start in ids.indices where ids[start] != TokenVocabulary.unknown {
                let matching = phrases.map(\.tokens).filter {
                    start + $0.count <= ids.count && Array(ids[start..<start + $0.count]) == $0
                }
                if let longest = matching.max(by: { $0.count < $1.count }), !found.contains(longest) {
                    found.append(longest)
                }
            }
            let scanned = text.withUTF8 { bytes in
                SupportScan.findsTerms(
                    needed, of: index.reader, longestTerm: index.longestPhrase, in: bytes, normaliser: frozen.reader)
            }
            #expect(scanned == (found.count >= needed), "needed \(needed), \(count) words")
        }
    }
}
