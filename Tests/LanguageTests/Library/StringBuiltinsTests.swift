import Testing

/// StringBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum StringBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"String.capitalize("élan VITAL")"#, #""Élan vital""#),
        RecordedInspect(#"String.upcase("straße")"#, #""STRASSE""#),
        RecordedInspect(#"String.length("👍🏽e\u0301")"#, #"2"#),
        RecordedInspect(#"String.reverse("e\u0301a")"#, #""aé""#),
        RecordedInspect(#"String.graphemes("héj")"#, #"["h", "é", "j"]"#),
        RecordedInspect(#"String.codepoints("e\u0301")"#, #"["e", "́"]"#),
        RecordedInspect(#"String.at("elixir", -1)"#, #""r""#),
        RecordedInspect(#"String.at("elixir", 9)"#, #"nil"#),
        RecordedInspect(#"String.slice("elixir", -10, 3)"#, #""eli""#),
        RecordedInspect(#"String.slice("elixir", 2..-1)"#, #""ixir""#),
        RecordedInspect(#"String.slice("elixir", 3..1)"#, #""""#),
        RecordedInspect(#"String.slice("héllo wörld", 1..4)"#, #""éllo""#),
        RecordedInspect(#"String.split_at("hello", -10)"#, #"{"", "hello"}"#),
        RecordedInspect(#"String.next_grapheme("")"#, #"nil"#),
    ]
}

/// proctor prints what Elixir printed for each recorded StringBuiltins expression.
@Test(arguments: StringBuiltinsCases.all)
func stringBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
