/// Calendar.ISO's parser of ISO 8601 text in the extended format (`2024-01-31`, `12:30:05.120`,
/// `2024-01-31 12:00:00Z`) or the basic one (`20240131`, `123005.120`, `20240131T120000Z`), with Elixir 1.14's reasons for refusing one (`:invalid_format`,
/// `:invalid_date`, `:invalid_time`, `:missing_offset`). The `~D`/`~T`/`~N`/`~U` sigils (at compile
/// time) and `Calendar.ISO.parse_*` (at run time) both use it.
struct ISO8601Parser {
    /// A parsed date.
    struct Date: Equatable {
        var year: Int, month: Int, day: Int
    }

    /// A parsed time of day; `precision` is how many digits of the microseconds were written.
    struct Time: Equatable {
        var hour: Int, minute: Int, second: Int, microsecond: Int, precision: Int
    }

    /// Why a text is not what was asked for, as Elixir's reason atom names it.
    enum Failure: String, Error {
        case invalidFormat = "invalid_format"
        case invalidDate = "invalid_date"
        case invalidTime = "invalid_time"
        case missingOffset = "missing_offset"
    }

    /// How the fields of a date and of a time are written: with `-` and `:` between them
    /// (extended) or side by side (basic). An offset may be written either way in both.
    enum Format {
        case extended, basic

        /// Where the month and the day begin after the year's first digit.
        var dateFieldStarts: (month: Int, day: Int) { self == .extended ? (5, 8) : (4, 6) }
        /// How long a date is, without its sign.
        var dateLength: Int { self == .extended ? 10 : 8 }
        /// How long `hh:mm:ss` or `hhmmss` is.
        var clockLength: Int { self == .extended ? 8 : 6 }
    }

    private let bytes: [UInt8]
    private let format: Format

    /// A parser of `text`.
    init(_ text: String, format: Format = .extended) {
        bytes = Array(text.utf8)
        self.format = format
    }

    /// A parser of the bytes of a binary.
    init(bytes: [UInt8], format: Format = .extended) {
        self.bytes = bytes
        self.format = format
    }

    /// `YYYY-MM-DD` (basic: `YYYYMMDD`), with an optional `+` or `-` before the year.
    func date() -> Result<Date, Failure> {
        let (sign, start) = yearSign()
        guard start + format.dateLength == bytes.count, let date = datePart(at: start, sign: sign) else { return .failure(.invalidFormat) }
        return Self.isValid(date) ? .success(date) : .failure(.invalidDate)
    }

    /// `hh:mm:ss` (basic: `hhmmss`), optionally `T` before, fractional seconds and an offset after.
    func time() -> Result<Time, Failure> {
        let start = bytes.first == UInt8(ascii: "T") ? 1 : 0
        guard let clock = clockPart(at: start), let (time, offsetStart) = fraction(after: start + format.clockLength, clock),
              case .some = offset(at: offsetStart)
        else { return .failure(.invalidFormat) }
        return Self.isValid(time) ? .success(time) : .failure(.invalidTime)
    }

    /// A date and a time separated by a space or `T`; an offset, if written, is ignored.
    func naiveDateTime() -> Result<(Date, Time), Failure> {
        dateTime().map { ($0.0, $0.1) }
    }

    /// A date and a time with an offset (`Z`, `+01:00`), shifted to UTC; the offset in seconds.
    func utcDateTime() -> Result<(Date, Time, Int), Failure> {
        switch dateTime() {
        case .failure(let failure): return .failure(failure)
        case .success((_, _, nil)): return .failure(.missingOffset)
        case .success((let date, let time, let offset?)):
            if offset == 0 { return .success((date, time, 0)) }
            let shifted = CalendarArithmetic.shift(date, time, bySeconds: -offset)
            return .success((shifted.0, shifted.1, offset))
        }
    }

    private func dateTime() -> Result<(Date, Time, Int?), Failure> {
        let (sign, start) = yearSign()
        let separator = start + format.dateLength
        let clockEnd = separator + 1 + format.clockLength
        guard clockEnd <= bytes.count, let date = datePart(at: start, sign: sign),
              bytes[separator] == UInt8(ascii: " ") || bytes[separator] == UInt8(ascii: "T"),
              let clock = clockPart(at: separator + 1), let (time, offsetStart) = fraction(after: clockEnd, clock),
              let offset = offset(at: offsetStart)
        else { return .failure(.invalidFormat) }
        if !Self.isValid(date) { return .failure(.invalidDate) }
        if !Self.isValid(time) { return .failure(.invalidTime) }
        return .success((date, time, offset))
    }

    /// Whether the ISO calendar has this day (`Calendar.ISO.valid_date?/3`).
    static func isValid(_ date: Date) -> Bool {
        (-9999...9999).contains(date.year) && (1...12).contains(date.month)
            && date.day >= 1 && date.day <= CalendarArithmetic.daysInMonth(date.year, date.month)
    }

    /// Whether this is a time of day (`Calendar.ISO.valid_time?/4`).
    static func isValid(_ time: Time) -> Bool {
        (0...23).contains(time.hour) && (0...59).contains(time.minute) && (0...59).contains(time.second)
            && (0...999_999).contains(time.microsecond) && (0...6).contains(time.precision)
    }

    private func yearSign() -> (Int, Int) {
        switch bytes.first {
        case UInt8(ascii: "-"): return (-1, 1)
        case UInt8(ascii: "+"): return (1, 1)
        default: return (1, 0)
        }
    }

    private func datePart(at start: Int, sign: Int) -> Date? {
        let fields = format.dateFieldStarts
        guard start + format.dateLength <= bytes.count, separated(by: "-", at: [start + 4, start + 7]),
              let year = number(at: start, digits: 4), let month = number(at: start + fields.month, digits: 2),
              let day = number(at: start + fields.day, digits: 2)
        else { return nil }
        return Date(year: sign * year, month: month, day: day)
    }

    private func clockPart(at start: Int) -> Time? {
        let step = format == .extended ? 3 : 2
        guard start + format.clockLength <= bytes.count, separated(by: ":", at: [start + 2, start + 5]),
              let hour = number(at: start, digits: 2), let minute = number(at: start + step, digits: 2),
              let second = number(at: start + 2 * step, digits: 2)
        else { return nil }
        return Time(hour: hour, minute: minute, second: second, microsecond: 0, precision: 0)
    }

    /// Whether the extended format's separators are where they belong (the basic format has none).
    private func separated(by separator: Unicode.Scalar, at positions: [Int]) -> Bool {
        format == .basic || positions.allSatisfy { bytes[$0] == UInt8(ascii: separator) }
    }

    /// The fractional seconds (`.123`, `,5`) at `start`, if any, and where the text after them begins.
    private func fraction(after start: Int, _ clock: Time) -> (Time, Int)? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: ".") || bytes[start] == UInt8(ascii: ",") else { return (clock, start) }
        var end = start + 1
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        let count = end - start - 1
        guard count > 0 else { return nil }
        let kept = min(count, 6)
        var time = clock
        time.microsecond = (number(at: start + 1, digits: kept) ?? 0) * power(of: 10, 6 - kept)
        time.precision = kept
        return (time, end)
    }

    /// The offset in seconds written from `start` to the end (nil when nothing is written);
    /// `.none` when the text there is not an offset.
    private func offset(at start: Int) -> Int?? {
        let rest = Array(bytes[min(start, bytes.count)...])
        if rest.isEmpty { return .some(nil) }
        if rest == [UInt8(ascii: "Z")] { return .some(0) }
        if rest == Array("-00:00".utf8) { return .none }
        guard let signByte = rest.first, signByte == UInt8(ascii: "+") || signByte == UInt8(ascii: "-") else { return .none }
        let sign = signByte == UInt8(ascii: "+") ? 1 : -1
        let digits: [UInt8]
        switch rest.count {
        case 6 where rest[3] == UInt8(ascii: ":"): digits = Array(rest[1...2] + rest[4...5])
        case 5: digits = Array(rest[1...4])
        case 3: digits = Array(rest[1...2]) + Array("00".utf8)
        default: return .none
        }
        guard digits.allSatisfy(isDigit) else { return .none }
        let hour = Int(digits[0] - 48) * 10 + Int(digits[1] - 48)
        let minute = Int(digits[2] - 48) * 10 + Int(digits[3] - 48)
        guard hour < 24, minute < 60 else { return .none }
        return .some((hour * 60 + minute) * 60 * sign)
    }

    private func number(at start: Int, digits: Int) -> Int? {
        var value = 0
        for index in start..<(start + digits) {
            guard index < bytes.count, isDigit(bytes[index]) else { return nil }
            value = value * 10 + Int(bytes[index] - 48)
        }
        return value
    }

    private func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    private func power(of base: Int, _ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { result, _ in result * base }
    }
}
