/// Day arithmetic for the generator (proleptic Gregorian calendar, no Foundation calendars).
enum GeneratorCalendar {
    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    static func ordinal(of day: Day) -> Int {
        let y = day.month <= 2 ? day.year - 1 : day.year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (day.month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day.day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `ordinal` days after 1970-01-01; `nil` outside `Day`'s supported years.
    static func day(ordinal: Int) -> Day? {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return Day(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// `day` moved by `offset` days; `day` itself if the result is out of range.
    static func adding(_ offset: Int, to day: Day) -> Day {
        Self.day(ordinal: ordinal(of: day) + offset) ?? day
    }
}
