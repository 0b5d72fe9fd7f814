import Testing

/// `String.replace` (written in `Library/Elixir/String.ex`): expressions whose inspect output was recorded from real Elixir 1.14.
enum StringReplaceCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"String.replace("abc", "", "-")"#, #""-a-b-c-""#),
        RecordedInspect(#"String.replace("a.b.c", ".", "-", global: false)"#, #""a-b.c""#),
        RecordedInspect(#"String.replace("aaa", "a", fn a -> a <> "!" end)"#, #""a!a!a!""#),
        RecordedInspect(#"String.replace("abab", ["a", "ab"], "x")"#, #""xx""#),
    ]
}

/// proctor prints what Elixir printed for each recorded `String.replace` expression.
@Test(arguments: StringReplaceCases.all)
func stringReplaceMatchesElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
