import Testing

/// CalendarBuiltins and the clock the date functions read: Calendar.ISO's parser as Elixir 1.14
/// answers, and, on the virtual clock (grading), a wall time that is the same on every run.
enum CalendarBuiltinsCases {
    static let recorded: [RecordedInspect] = [
        RecordedInspect(#"Calendar.ISO.parse_date("2015-01-23")"#, #"{:ok, {2015, 1, 23}}"#),
        RecordedInspect(#"Calendar.ISO.parse_time("23:50:07,0123456")"#, #"{:ok, {23, 50, 7, {12345, 6}}}"#),
        RecordedInspect(#"Calendar.ISO.parse_utc_datetime("2015-01-23 23:50:07-02:30")"#, #"{:ok, {2015, 1, 24, 2, 20, 7, {0, 0}}, -9000}"#),
        RecordedInspect(#"Calendar.ISO.parse_naive_datetime("2015-01-23 23:50:07.")"#, #"{:error, :invalid_format}"#),
    ]

    /// What the virtual clock's wall time reads at the start of a run: 2026-01-01 00:00:00 UTC.
    static let virtual: [RecordedInspect] = [
        RecordedInspect(#"Date.utc_today()"#, #"~D[2026-01-01]"#),
        RecordedInspect(#"DateTime.utc_now() |> DateTime.truncate(:second)"#, #"~U[2026-01-01 00:00:00Z]"#),
        RecordedInspect(#":calendar.universal_time() |> elem(0)"#, #"{2026, 1, 1}"#),
        RecordedInspect(#"System.os_time(:second)"#, #"1767225600"#),
    ]
}

/// proctor parses as Elixir's Calendar.ISO does.
@Test(arguments: CalendarBuiltinsCases.recorded)
func calendarParsingMatchesElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}

/// Under grading the date functions read the virtual clock, so a check never depends on the day it runs.
@Test(arguments: CalendarBuiltinsCases.virtual)
func theVirtualClockGivesTheSameDateEveryRun(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
    #expect(recorded.proctor() == recorded.proctor())
}
