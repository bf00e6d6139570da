import Testing

@testable import SkillMarketCore

/// `ByteBlocks.laneBits` (a multiply gather) and `ByteBlocks.movemask` (one `pmovmskb` on x86-64) against a lane loop.
@Suite("Sixteen-byte lane bits")
struct ByteBlocksLaneBitsTests {
    /// Bit k set for each lane k of `bytes` equal to `byte`, lane by lane.
    static func expectedBits(_ bytes: [UInt8], equalTo byte: UInt8) -> UInt64 {
        var bits: UInt64 = 0
        for (lane, value) in bytes.enumerated() where value == byte { bits |= 1 << UInt64(lane) }
        return bits
    }

    @Test("every pattern of set lanes gives its own bits, lane 0 in bit 0, whatever the other bytes hold")
    func everyPattern() {
        // Unset lanes hold bytes with and without the high bit, so only the mask can decide.
        let others: [UInt8] = [0x00, 0x61, 0x7F, 0x80, 0xC2, 0xFF]
        let wrong = (0..<(1 << 16)).filter { pattern in
            let bytes = (0..<16).map { lane in pattern >> lane & 1 != 0 ? UInt8(0xC3) : others[(lane + pattern) % others.count] }
            let mask = ByteBlocks.Block(bytes) .== ByteBlocks.Block(repeating: 0xC3)
            return ByteBlocks.laneBits(mask) != UInt64(pattern) || ByteBlocks.movemask(mask) != UInt64(pattern)
        }
        #expect(wrong.isEmpty, "first wrong patterns: \(wrong.prefix(4))")
    }

    @Test(
        "every third lane equal to a byte value is found, for byte values of every kind",
        arguments: [UInt8(0x00), 0x20, 0x27, 0x41, 0x7F, 0x80, 0xC3, 0xE2, 0xFF])
    func everyByteValue(byte: UInt8) {
        // Lanes 0, 3, …, 15 hold `byte`; the others hold other values (byte + 1 + lane, wrapping).
        let bytes = (0..<16).map { lane in lane % 3 == 0 ? byte : UInt8(truncatingIfNeeded: Int(byte) &+ 1 &+ lane) }
        #expect(Self.expectedBits(bytes, equalTo: byte) == 0x9249)
        let mask = ByteBlocks.Block(bytes) .== ByteBlocks.Block(repeating: byte)
        #expect(ByteBlocks.laneBits(mask) == Self.expectedBits(bytes, equalTo: byte))
        #expect(ByteBlocks.movemask(mask) == Self.expectedBits(bytes, equalTo: byte))
    }
}
