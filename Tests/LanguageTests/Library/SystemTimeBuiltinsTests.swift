import Testing

/// SystemTimeBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum SystemTimeBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"System.convert_time_unit(2000, :millisecond, :second)"#, #"2"#),
        RecordedInspect(#"System.convert_time_unit(-1, :millisecond, :second)"#, #"-1"#),
        RecordedInspect(#"System.convert_time_unit(1, :second, :microsecond)"#, #"1000000"#),
    ]
}

/// proctor prints what Elixir printed for each recorded SystemTimeBuiltins expression.
@Test(arguments: SystemTimeBuiltinsCases.all)
func systemTimeBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
