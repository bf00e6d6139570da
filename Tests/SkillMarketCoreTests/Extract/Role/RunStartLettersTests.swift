import Testing

@testable import SkillMarketCore

/// `RunStartLetters`, the first-letter test `ASCIIWordRuns.forEachCandidate` reads the description
/// level's runs with: it must keep every run the level filter passes.
@Suite("Run start letters")
struct RunStartLettersTests {
    static let filter = SeniorityClassifier.DescriptionLevel.filter
    static let letters = RunStartLetters(filter)

    /// Whether `byte` has the low five bits of a listed word's first byte, read from the filter's table.
    static func isFirst(_ byte: UInt8, of filter: RunStartFilter) -> Bool {
        (0..<32).contains { filter.lengths[Int(byte & 0x1F) << 5 | $0] != 0 }
    }

    @Test("every byte value is kept exactly when a listed word's first byte shares its low five bits, in every lane")
    func everyByteValue() {
        for byte in 0...255 {
            for lane in 0..<16 {
                var bytes = [UInt8](repeating: 0x20, count: 16)
                bytes[lane] = UInt8(byte)
                let expected: UInt64 = Self.isFirst(UInt8(byte), of: Self.filter) ? 1 << UInt64(lane) : 0
                #expect(Self.letters.lanes(ByteBlocks.Block(bytes)) == expected, "byte \(byte) lane \(lane)")
            }
        }
        #expect(Self.isFirst(UInt8(ascii: "Y"), of: Self.filter) && Self.isFirst(UInt8(ascii: "g"), of: Self.filter))
        #expect(!Self.isFirst(UInt8(ascii: "t"), of: Self.filter) && !Self.isFirst(UInt8(ascii: " "), of: Self.filter))
    }

    @Test("candidates read with the letters are the candidates without them whose first byte they keep, for every length 0…200")
    func candidatesKeepPassingRuns() {
        let pieces = [
            "years", " ", "Yrs", "'", "\u{2019}", "x", "entry-level", "\u{e9}", "—", "42", "9r", ".",
            String(repeating: "g", count: 70), "grad", "Experience", "the", "team", "l", "e", String(repeating: "t", count: 31),
        ]
        var state: UInt64 = 7
        var long: [UInt8] = []
        while long.count < 400 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            long += Array(pieces[Int(state >> 33) % pieces.count].utf8)
        }
        for length in 0...200 {
            for bytes in [Array(long[..<length]), Array(long[(long.count - length)...])] {
                var calls: [Range<Int>] = []
                bytes.withUnsafeBufferPointer { buffer in
                    Self.filter.shortestRuns.withUnsafeBufferPointer { shortest in
                        ASCIIWordRuns.forEachCandidate(in: buffer, joins: false, shortest: shortest, mayStart: Self.letters) {
                            calls.append($0..<$1)
                        }
                    }
                }
                let expected = ASCIIWordRunsTests.expectedCandidates(bytes, joins: false, filter: Self.filter)
                    .filter { Self.isFirst(bytes[$0.lowerBound], of: Self.filter) }
                #expect(calls == expected, "length \(length)")
                let passing = bytes.withUnsafeBufferPointer { buffer in
                    Self.filter.lengths.withUnsafeBufferPointer { lengths in
                        ASCIIWordRunsTests.expectedRuns(bytes).filter {
                            RunStartFilter.passes(lengths, run: $0.lowerBound, $0.upperBound, in: buffer)
                        }
                    }
                }
                #expect(passing.allSatisfy { calls.contains($0) }, "length \(length)")
            }
        }
    }
}
