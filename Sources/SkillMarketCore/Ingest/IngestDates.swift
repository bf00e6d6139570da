/// Normalises posting dates to "YYYY-MM-DD" text.
enum IngestDates {
    /// ISO 8601 date or date-time, epoch seconds or milliseconds (integer or float text), or
    /// compact "YYYYMMDD" → "YYYY-MM-DD"; anything else is returned unchanged so extraction can
    /// warn about it.
    ///
    ///     normalized("2024-04-17T09:45:08Z")  // "2024-04-17"
    ///     normalized("1713397508000.0")       // "2024-04-17"
    ///
    /// The text is taken over (`consuming`), so text returned unchanged costs no retain.
    static func normalized(_ text: consuming String) -> String {
        if isDayShaped(text) { return text }
        if let day = Day(iso8601: copy text) { return day.description }
        if let day = epochDay(text) { return day.description }
        return text
    }

    /// "????-??-??": already normalised when it is a date, and left alone (by both readers below)
    /// when it is not, so it stays as it is either way.
    /// Reads the borrowed text's bytes in place (no copy of the string).
    private static func isDayShaped(_ text: String) -> Bool {
        // Every native string has contiguous UTF-8; the array serves any other.
        if let shaped = text.utf8.withContiguousStorageIfAvailable(isDayShaped) { return shaped }
        return Array(text.utf8).withUnsafeBufferPointer(isDayShaped)
    }

    private static func isDayShaped(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count == 10 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
    }

    /// The UTC day of an epoch timestamp: values ≥ 10^11 are milliseconds, values of 9–10
    /// digits seconds; 8 digits are read as YYYYMMDD.
    static func epochDay(_ text: String) -> Day? {
        var integer = 0
        var digits = 0
        var seenDot = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                guard !seenDot else { return nil }
                seenDot = true
            } else if byte >= 0x30, byte <= 0x39 {
                if seenDot { continue }
                digits += 1
                guard digits <= 16 else { return nil }
                integer = integer * 10 + Int(byte - 0x30)
            } else {
                return nil
            }
        }
        if digits == 8, !seenDot {
            return Day(year: integer / 10_000, month: integer / 100 % 100, day: integer % 100)
        }
        guard digits >= 9 else { return nil }
        let seconds = integer >= 100_000_000_000 ? integer / 1000 : integer
        return Day(dayNumber: seconds / 86_400)
    }
}
