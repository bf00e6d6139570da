/// A bit set of token hashes answering "might this token be one of those?" from its bytes,
/// without making a `String`: never a false "no"; a rare false "yes" that callers check exactly.
struct TokenFilter: Sendable {
    private static let bitCount = 1 << 13
    private let bits: [UInt64]

    init(_ tokens: some Sequence<String>) {
        var bits = [UInt64](repeating: 0, count: Self.bitCount / 64)
        for token in tokens {
            var token = token
            let bit = token.withUTF8 { Self.bit(of: $0) }
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.bits = bits
    }

    func mightContain(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        let bit = Self.bit(of: token)
        return bits.withUnsafeBufferPointer { $0[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
    }

    /// FNV-1a of the bytes, folded to a bit position.
    @inline(__always)
    private static func bit(of token: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in token { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: (hash ^ hash >> 29) & UInt64(bitCount - 1))
    }
}
