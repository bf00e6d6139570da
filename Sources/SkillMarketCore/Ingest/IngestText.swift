/// Small byte-level text helpers for ingest (no Foundation case mapping on the hot path).
enum IngestText {
    /// `text` without leading and trailing ASCII whitespace (and U+00A0); `nil` when nothing
    /// is left or the value is the "-1" missing-value sentinel some exports use.
    static func trimmed(_ text: String) -> String? {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return nil }
        if !isSpace(first), !isSpace(last), first != 0xC2, last != 0xA0 {
            return utf8.count == 2 && first == UInt8(ascii: "-") && last == UInt8(ascii: "1") ? nil : text
        }
        let bytes = Array(utf8)
        var start = 0, end = bytes.count
        while start < end {
            if isSpace(bytes[start]) { start += 1 }
            else if bytes[start] == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 { start += 2 }
            else { break }
        }
        while end > start {
            if isSpace(bytes[end - 1]) { end -= 1 }
            else if bytes[end - 1] == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { end -= 2 }
            else { break }
        }
        if start == end || (end - start == 2 && bytes[start] == UInt8(ascii: "-") && bytes[start + 1] == UInt8(ascii: "1")) {
            return nil
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// ASCII lower case; other bytes unchanged.
    static func lowercased(_ text: String) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// "1", "1.0", "true", "yes", "y", "t", "remote" are true.
    static func isTruthy(_ text: String) -> Bool {
        switch lowercased(text) {
        case "1", "1.0", "true", "yes", "y", "t", "remote": true
        default: false
        }
    }

    /// Maps pay-period spellings to the spec's hour|day|week|month|year; others unchanged.
    ///
    ///     normalizedPeriod("YEARLY")  // "year"
    ///     normalizedPeriod("per annum")  // "year"
    static func normalizedPeriod(_ text: String) -> String {
        let key = FieldAliases.normalizedKey(text)
        switch key {
        case "hour", "hourly", "hr", "perhour", "hours", "h": return "hour"
        case "day", "daily", "perday", "days", "d": return "day"
        case "week", "weekly", "perweek", "weeks", "wk": return "week"
        case "month", "monthly", "permonth", "months", "mo": return "month"
        case "year", "yearly", "annual", "annually", "annum", "perannum", "peryear", "years", "yr", "pa", "y":
            return "year"
        default: return text
        }
    }
}
