/// Byte classes the byte-level scanners share (ASCII only: a non-ASCII byte is none of them).
extension UInt8 {
    /// A–Z or a–z.
    var isASCIILetter: Bool { self | 0x20 >= 0x61 && self | 0x20 <= 0x7A }
    /// 0–9.
    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }
    /// A letter or a digit.
    var isASCIILetterOrDigit: Bool { isASCIILetter || isASCIIDigit }
}
