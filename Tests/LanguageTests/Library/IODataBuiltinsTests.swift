import Testing

/// IODataBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum IODataBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"IO.iodata_to_binary(["a", ?b, ["c", ["d"]]])"#, #""abcd""#),
        RecordedInspect(#"IO.iodata_length(["a", ?b, ["cé"]])"#, #"5"#),
        RecordedInspect(#"IO.chardata_to_string(["a", 300])"#, #""aĬ""#),
    ]
}

/// proctor prints what Elixir printed for each recorded IODataBuiltins expression.
@Test(arguments: IODataBuiltinsCases.all)
func iODataBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
