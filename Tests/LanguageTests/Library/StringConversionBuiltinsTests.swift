import Testing

/// StringConversionBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum StringConversionBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"String.to_integer("-0042")"#, #"-42"#),
        RecordedInspect(#"String.to_integer("7f", 16)"#, #"127"#),
        RecordedInspect(#"String.to_float("1.5e2")"#, #"150.0"#),
        RecordedInspect(#"String.to_charlist("añb")"#, #"[97, 241, 98]"#),
        RecordedInspect(#"String.valid?(<<255>>)"#, #"false"#),
        RecordedInspect(#"String.printable?("hi\n")"#, #"true"#),
        RecordedInspect(#"String.to_existing_atom("ok")"#, #":ok"#),
    ]
}

/// proctor prints what Elixir printed for each recorded StringConversionBuiltins expression.
@Test(arguments: StringConversionBuiltinsCases.all)
func stringConversionBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
