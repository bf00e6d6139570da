/// Byte classes the byte-level scanners share (ASCII only: a non-ASCII byte is none of them).
extension UInt8 {
    /// A–Z or a–z.
    var isASCIILetter: Bool { self | 0x20 >= 0x61 && self | 0x20 <= 0x7A }
    /// 0–9.
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    /// A letter or a digit.
    var isASCIILetterOrDigit: Bool { isASCIILetter || isASCIIDigit }
}

/// Eight bytes tested at once as the lanes of one little-endian `UInt64` ("SWAR"), for the scanners
/// that skip ahead eight bytes per step. A test returns each passing lane's high bit (0x80); the
/// lowest passing lane is `firstLane(of:)`.
enum ByteLanes {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes at `base + index` (the caller checks they are in bounds).
    @inline(__always)
    static func load(_ base: UnsafePointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
    }

    /// Lanes equal to `byte`: exact up to the lowest such lane (a borrow may flag lanes above it).
    @inline(__always)
    static func equal(_ word: UInt64, to byte: UInt8) -> UInt64 {
        let folded = word ^ ones &* UInt64(byte)
        return (folded &- ones) & ~folded & highs
    }

    /// Lanes below `bound` (at most 0x80): exact up to the lowest such lane, like `equal`.
    @inline(__always)
    static func below(_ word: UInt64, _ bound: UInt8) -> UInt64 {
        (word &- ones &* UInt64(bound)) & ~word & highs
    }

    /// Lanes holding an ASCII letter; exact in every lane.
    @inline(__always)
    static func asciiLetters(_ word: UInt64) -> UInt64 {
        // Per lane, the top bit of `x &+ (0x80 - bound)` says x >= bound (x < 0x80: no carry out).
        let folded = (word | 0x2020_2020_2020_2020) & ~highs
        return (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & ~word & highs
    }

    /// Lanes holding an ASCII digit; exact in every lane.
    @inline(__always)
    static func asciiDigits(_ word: UInt64) -> UInt64 {
        let seven = word & ~highs
        return (seven &+ 0x5050_5050_5050_5050) & ~(seven &+ 0x4646_4646_4646_4646) & ~word & highs
    }

    /// Index (0–7) of the lowest lane flagged in `flags`, which must not be 0.
    @inline(__always)
    static func firstLane(of flags: UInt64) -> Int {
        flags.trailingZeroBitCount &>> 3
    }
}
