import Testing

/// StringPaddingBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum StringPaddingBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"String.trim("xxhixx", "x")"#, #""hi""#),
        RecordedInspect(#"String.trim_leading("\t x ")"#, #""x ""#),
        RecordedInspect(#"String.trim_trailing(" x \n")"#, #"" x""#),
        RecordedInspect(#"String.pad_leading("1", 6, "ab")"#, #""ababa1""#),
        RecordedInspect(#"String.pad_trailing("ab", 5)"#, #""ab   ""#),
        RecordedInspect(#"String.pad_leading("abc", 2)"#, #""abc""#),
        RecordedInspect(#"String.duplicate("-=", 3)"#, #""-=-=-=""#),
    ]
}

/// proctor prints what Elixir printed for each recorded StringPaddingBuiltins expression.
@Test(arguments: StringPaddingBuiltinsCases.all)
func stringPaddingBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
