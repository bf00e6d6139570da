import Foundation

/// Short upper-case codes (country "GB", currency "EUR") read from field text.
enum ASCIICode {
    /// `text` upper-cased when it is exactly `length` ASCII letters once spaces and tabs (any Unicode
    /// space) around it are trimmed, else `nil`.
    ///
    /// Decided on the bytes; Foundation's trimming (thousands of instructions, and this runs for most
    /// postings) only when an end byte could be whitespace.
    static func upperCased(_ text: String, length: Int) -> String? {
        if let code = exactly(text, length: length) { return code }
        guard let first = text.utf8.first, let last = text.utf8.last, mayTrim(first) || mayTrim(last) else {
            return nil
        }
        return exactly(text.trimmingCharacters(in: .whitespaces), length: length)
    }

    private static func exactly(_ text: String, length: Int) -> String? {
        let utf8 = text.utf8
        guard utf8.count == length else { return nil }
        // On the contiguous bytes when the string has them (native and small strings do): the
        // generic `UTF8View` loop costs hundreds of instructions per field.
        let upperCase =
            utf8.withContiguousStorageIfAvailable(isUpperCase)
            ?? (utf8.allSatisfy(\.isASCIILetter) ? utf8.allSatisfy { $0 <= 0x5A } : nil)
        guard let upperCase else { return nil }
        if upperCase { return text }
        return String(decoding: utf8.map { $0 & ~0x20 }, as: UTF8.self)
    }

    /// Whether all `bytes` are upper-case ASCII letters; `nil` when one is not an ASCII letter.
    private static func isUpperCase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.allSatisfy(\.isASCIILetter) else { return nil }
        return bytes.allSatisfy { $0 <= 0x5A }
    }

    /// Whether `byte` can be (the first byte of) a character `.whitespaces` trims: space, tab, or non-ASCII.
    private static func mayTrim(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte >= 0x80
    }
}
