import Testing

/// StringSearchBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum StringSearchBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"String.split("  the quick  brown\tfox \n")"#, #"["the", "quick", "brown", "fox"]"#),
        RecordedInspect(#"String.split("no\u00A0break here")"#, #"["no\#u{00A0}break", "here"]"#),
        RecordedInspect(#"String.split("em\u2003space\u0085next")"#, #"["em", "space", "next"]"#),
        RecordedInspect(#"String.split(<<0xFF, 32, ?a>>)"#, #"[<<255>>, "a"]"#),
        RecordedInspect(#"String.split("a,b,,c", ",", trim: true)"#, #"["a", "b", "c"]"#),
        RecordedInspect(#"String.split("a-b_c", ["-", "_"])"#, #"["a", "b", "c"]"#),
        RecordedInspect(#"String.split("abc", "")"#, #"["", "a", "b", "c", ""]"#),
        RecordedInspect(#"String.split("abc", "", parts: 2)"#, #"["", "abc"]"#),
        RecordedInspect(#"String.split("k=v=w", "=", parts: 2)"#, #"["k", "v=w"]"#),
        RecordedInspect(#"String.split("a b  c", " ", parts: 2, trim: true)"#, #"["a", "b  c"]"#),
        RecordedInspect(#"String.contains?("abc", "")"#, #"true"#),
        RecordedInspect(#"String.starts_with?("abc", ["x", "ab"])"#, #"true"#),
        RecordedInspect(#"String.ends_with?("abc", "bc")"#, #"true"#),
        RecordedInspect(#"String.replace_prefix("foo.ex", "x", "y")"#, #""foo.ex""#),
        RecordedInspect(#"String.replace_suffix("foo.ex", ".ex", ".exs")"#, #""foo.exs""#),
    ]
}

/// proctor prints what Elixir printed for each recorded StringSearchBuiltins expression.
@Test(arguments: StringSearchBuiltinsCases.all)
func stringSearchBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
