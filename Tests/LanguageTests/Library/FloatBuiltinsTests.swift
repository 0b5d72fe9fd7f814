import Testing

/// FloatBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum FloatBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"Float.parse("3.25rest")"#, #"{3.25, "rest"}"#),
        RecordedInspect(#"Float.parse("-1.5e3x")"#, #"{-1500.0, "x"}"#),
        RecordedInspect(#"Float.parse("7.")"#, #"{7.0, "."}"#),
        RecordedInspect(#"Float.round(2.675, 2)"#, #"2.67"#),
        RecordedInspect(#"Float.round(-1.5)"#, #"-2.0"#),
        RecordedInspect(#"Float.floor(-0.5)"#, #"-1.0"#),
        RecordedInspect(#"Float.ceil(2.71, 1)"#, #"2.8"#),
        RecordedInspect(#"Float.floor(-2.75, 1)"#, #"-2.8"#),
        RecordedInspect(#"Float.ratio(0.75)"#, #"{3, 4}"#),
        RecordedInspect(#"Float.to_string(100.0)"#, #""100.0""#),
        RecordedInspect(#":math.sqrt(16)"#, #"4.0"#),
        RecordedInspect(#":math.pow(2, 0.5)"#, #"1.4142135623730951"#),
        RecordedInspect(#":math.log10(1000)"#, #"3.0"#),
    ]
}

/// proctor prints what Elixir printed for each recorded FloatBuiltins expression.
@Test(arguments: FloatBuiltinsCases.all)
func floatBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
