/// Small byte-level text helpers for ingest (no Foundation case mapping on the hot path).
enum IngestText {
    /// `text` without leading and trailing ASCII whitespace (and U+00A0); `nil` when nothing
    /// is left or the value is the "-1" missing-value sentinel some exports use.
    static func trimmed(_ text: String) -> String? {
        var text = text
        let isTrimmed = text.withUTF8 { bytes in
            guard let first = bytes.first, let last = bytes.last else { return false }
            return !isSpace(first) && !isSpace(last) && first != 0xC2 && last != 0xA0
                && !(bytes.count == 2 && first == UInt8(ascii: "-") && last == UInt8(ascii: "1"))
        }
        if isTrimmed { return text }
        let utf8 = text.utf8
        var start = utf8.startIndex
        var end = utf8.endIndex
        while start < end {
            let byte = utf8[start]
            if isSpace(byte) {
                start = utf8.index(after: start)
            } else if byte == 0xC2, utf8.index(after: start) < end, utf8[utf8.index(after: start)] == 0xA0 {
                start = utf8.index(start, offsetBy: 2)
            } else {
                break
            }
        }
        while end > start {
            let last = utf8.index(before: end)
            if isSpace(utf8[last]) {
                end = last
            } else if utf8[last] == 0xA0, last > start, utf8[utf8.index(before: last)] == 0xC2 {
                end = utf8.index(before: last)
            } else {
                break
            }
        }
        guard start < end else { return nil }
        let kept = Substring(utf8[start..<end])
        return kept == "-1" ? nil : String(kept)
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
    ///
    /// The text is taken over (`consuming`), so text returned unchanged costs no retain.
    static func normalizedPeriod(_ text: consuming String) -> String {
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
