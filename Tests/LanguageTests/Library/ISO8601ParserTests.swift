@testable import Language
import Testing

/// ISO8601Parser: the reasons and fields Elixir 1.14's Calendar.ISO gives for these texts.
@Suite struct ISO8601ParserTests {
    @Test func aDateIsFourDigitsOfYearTwoOfMonthTwoOfDay() {
        #expect(ISO8601Parser("2015-01-23").date() == .success(.init(year: 2015, month: 1, day: 23)))
        #expect(ISO8601Parser("-2015-01-23").date() == .success(.init(year: -2015, month: 1, day: 23)))
        #expect(ISO8601Parser("2015-1-23").date() == .failure(.invalidFormat))
        #expect(ISO8601Parser("2015-02-29").date() == .failure(.invalidDate))
        #expect(ISO8601Parser("2016-02-29").date() == .success(.init(year: 2016, month: 2, day: 29)))
    }

    @Test func aTimeKeepsUpToSixDigitsOfFractionAndIgnoresAnOffset() {
        let time = ISO8601Parser("23:50:07.0123456").time()
        #expect(time == .success(.init(hour: 23, minute: 50, second: 7, microsecond: 12345, precision: 6)))
        #expect(ISO8601Parser("T23:50:07+01:00").time() == .success(.init(hour: 23, minute: 50, second: 7, microsecond: 0, precision: 0)))
        #expect(ISO8601Parser("23:50:07.").time() == .failure(.invalidFormat))
        #expect(ISO8601Parser("24:00:00").time() == .failure(.invalidTime))
    }

    @Test func aUTCDateTimeIsShiftedByItsOffset() throws {
        let (date, time, offset) = try ISO8601Parser("2015-01-23T23:50:07+02:30").utcDateTime().get()
        #expect(date == .init(year: 2015, month: 1, day: 23))
        #expect(time == .init(hour: 21, minute: 20, second: 7, microsecond: 0, precision: 0))
        #expect(offset == 9000)
        #expect(ISO8601Parser("2015-01-23 23:50:07").utcDateTime().map { _ in 0 } == .failure(.missingOffset))
        #expect(ISO8601Parser("2015-01-23 23:50:07-00:00").utcDateTime().map { _ in 0 } == .failure(.invalidFormat))
    }

    @Test func theBasicFormatWritesFieldsSideBySide() throws {
        #expect(ISO8601Parser("20150123", format: .basic).date() == .success(.init(year: 2015, month: 1, day: 23)))
        #expect(ISO8601Parser("2015-01-23", format: .basic).date() == .failure(.invalidFormat))
        #expect(ISO8601Parser("20150123", format: .extended).date() == .failure(.invalidFormat))
        #expect(ISO8601Parser("T235007.12", format: .basic).time() == .success(.init(hour: 23, minute: 50, second: 7, microsecond: 120_000, precision: 2)))
        let (date, time, offset) = try ISO8601Parser("20150123T235007-0230", format: .basic).utcDateTime().get()
        #expect(date == .init(year: 2015, month: 1, day: 24))
        #expect(time == .init(hour: 2, minute: 20, second: 7, microsecond: 0, precision: 0))
        #expect(offset == -9000)
        #expect(ISO8601Parser("20150123T2350", format: .basic).naiveDateTime().map { _ in 0 } == .failure(.invalidFormat))
    }

    @Test func isoDaysRoundTripThroughDates() {
        #expect(CalendarArithmetic.isoDays(.init(year: 2000, month: 1, day: 1)) == 730_485)
        #expect(CalendarArithmetic.date(fromISODays: -1) == .init(year: -1, month: 12, day: 31))
        for days in stride(from: -800_000, through: 800_000, by: 9_973) {
            #expect(CalendarArithmetic.isoDays(CalendarArithmetic.date(fromISODays: days)) == days)
        }
    }
}
