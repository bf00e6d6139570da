/// Normalises posting dates to "YYYY-MM-DD" text.
enum IngestDates {
    /// ISO 8601 date or date-time, epoch seconds or milliseconds (integer or float text), or
    /// compact "YYYYMMDD" → "YYYY-MM-DD"; anything else is returned unchanged so extraction can
    /// warn about it.
    ///
    ///     normalized("2024-04-17T09:45:08Z")  // "2024-04-17"
    ///     normalized("1713397508000.0")       // "2024-04-17"
    static func normalized(_ text: String) -> String {
        if let day = Day(iso8601: text) { return day.description }
        if let day = epochDay(text) { return day.description }
        return text
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
        return day(fromDaysSinceEpoch: seconds / 86_400)
    }

    /// Civil date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
    static func day(fromDaysSinceEpoch days: Int) -> Day? {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return Day(year: year, month: month, day: day)
    }
}
