import Testing

/// CharlistBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum CharlistBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"List.to_string([?a, "b", [?c]])"#, #""abc""#),
        RecordedInspect(#"List.to_integer('42')"#, #"42"#),
        RecordedInspect(#"List.to_atom('made_atom')"#, #":made_atom"#),
        RecordedInspect(#"Atom.to_charlist(:abc)"#, #"'abc'"#),
        RecordedInspect(#"to_charlist(123)"#, #"'123'"#),
        RecordedInspect(#"Module.concat(Foo, Bar)"#, #"Foo.Bar"#),
        RecordedInspect(#"Module.concat(["Foo", "Baz"])"#, #"Foo.Baz"#),
        RecordedInspect(#":binary.bin_to_list("hi")"#, #"'hi'"#),
    ]
}

/// proctor prints what Elixir printed for each recorded CharlistBuiltins expression.
@Test(arguments: CharlistBuiltinsCases.all)
func charlistBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
