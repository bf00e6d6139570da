/// Short upper-case codes (country "GB", currency "EUR") read from field text without Foundation.
enum ASCIICode {
    /// `text` upper-cased when it is exactly `length` ASCII letters (no spaces around), else `nil`.
    ///
    /// Callers fall back to their general (trimming) reading on `nil`; this only skips Foundation's
    /// `trimmingCharacters` and `uppercased()` for the common clean field.
    static func upperCased(_ text: String, length: Int) -> String? {
        let utf8 = text.utf8
        guard utf8.count == length, utf8.allSatisfy({ ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) else { return nil }
        if utf8.allSatisfy({ $0 <= 0x5A }) { return text }
        return String(decoding: utf8.map { $0 & ~0x20 }, as: UTF8.self)
    }
}
