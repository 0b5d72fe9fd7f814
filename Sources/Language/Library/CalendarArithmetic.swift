/// Day counting in the proleptic Gregorian calendar (Calendar.ISO), for the parser's shift of a
/// date and time to UTC.
enum CalendarArithmetic {
    /// Whether `year` has a 29 February.
    static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// The days of `month` (1...12) in `year`.
    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 0000-01-01 (Elixir's ISO days).
    static func isoDays(_ date: ISO8601Parser.Date) -> Int {
        let year = date.month <= 2 ? date.year - 1 : date.year
        let era = floorDivide(year, 400)
        let yearOfEra = year - era * 400
        let monthIndex = (date.month + 9) % 12
        let dayOfYear = (153 * monthIndex + 2) / 5 + date.day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra + 60
    }

    /// The date `days` days after 0000-01-01.
    static func date(fromISODays days: Int) -> ISO8601Parser.Date {
        let shifted = days - 60
        let era = floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return ISO8601Parser.Date(year: year, month: month, day: day)
    }

    /// The date and time `seconds` later (or earlier), microseconds kept.
    static func shift(_ date: ISO8601Parser.Date, _ time: ISO8601Parser.Time, bySeconds seconds: Int) -> (ISO8601Parser.Date, ISO8601Parser.Time) {
        let total = time.hour * 3600 + time.minute * 60 + time.second + seconds
        let dayShift = floorDivide(total, 86400)
        let inDay = total - dayShift * 86400
        var shiftedTime = time
        shiftedTime.hour = inDay / 3600
        shiftedTime.minute = inDay % 3600 / 60
        shiftedTime.second = inDay % 60
        return (Self.date(fromISODays: isoDays(date) + dayShift), shiftedTime)
    }

    private static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}
