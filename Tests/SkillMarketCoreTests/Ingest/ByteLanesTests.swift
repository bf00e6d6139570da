import Testing

@testable import SkillMarketCore

/// `ByteLanes` against the one-byte definitions, for every byte value in every lane, with neighbours
/// that pass and that fail (a wrong carry or borrow between lanes would show up here).
@Suite("Eight-byte lane tests")
struct ByteLanesTests {
    /// Words with `value` in lane `lane` and `filler` in the other lanes.
    private static func word(_ value: UInt8, lane: Int, filler: UInt8) -> UInt64 {
        var word = ByteLanes.ones &* UInt64(filler)
        word &= ~(0xFF << UInt64(lane * 8))
        return word | UInt64(value) << UInt64(lane * 8)
    }

    private static func lane(_ flags: UInt64, _ lane: Int) -> Bool {
        flags >> UInt64(lane * 8 + 7) & 1 == 1
    }

    @Test("letters and digits are flagged exactly in every lane", arguments: [UInt8(0x20), 0x41, 0x39, 0xC3, 0x7F])
    func lettersAndDigits(filler: UInt8) {
        for value in 0...255 {
            let byte = UInt8(value)
            for lane in 0..<8 {
                let word = Self.word(byte, lane: lane, filler: filler)
                #expect(Self.lane(ByteLanes.asciiLetters(word), lane) == byte.isASCIILetter, "\(byte) in lane \(lane)")
                #expect(Self.lane(ByteLanes.asciiDigits(word), lane) == byte.isASCIIDigit, "\(byte) in lane \(lane)")
            }
        }
    }

    @Test("the lowest equal or smaller lane is found wherever it is", arguments: [UInt8(0x22), 0x0D, 0xC2])
    func lowestMatch(target: UInt8) {
        for lane in 0..<8 {
            // Lanes below `lane` hold bytes that neither equal the target nor fall below 0x0E.
            let word = Self.word(target, lane: lane, filler: 0x61)
            #expect(ByteLanes.firstLane(of: ByteLanes.equal(word, to: target)) == lane)
            #expect(ByteLanes.equal(word, to: 0x7A) == 0)
            let small = Self.word(0x0D, lane: lane, filler: 0x61)
            #expect(ByteLanes.firstLane(of: ByteLanes.below(small, 0x0E)) == lane)
        }
    }
}
