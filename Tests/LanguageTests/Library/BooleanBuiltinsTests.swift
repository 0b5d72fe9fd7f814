import Testing

/// `or` with a non-boolean on its left, recorded from real Elixir 1.14.
enum BooleanBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"try do (fn x -> x end).(nil) or true rescue e in BadBooleanError -> Exception.message(e) end"#, #""expected a boolean on left-side of \"or\", got: nil""#),
    ]
}

/// proctor prints what Elixir printed for each recorded expression.
@Test(arguments: BooleanBuiltinsCases.all)
func booleanBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
