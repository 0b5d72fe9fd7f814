import Testing

/// StringMetricsBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum StringMetricsBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"String.jaro_distance("martha", "marhta")"#, #"0.9444444444444445"#),
        RecordedInspect(#"String.bag_distance("abc", "abd")"#, #"0.6666666666666667"#),
        RecordedInspect(#"String.myers_difference("kitten", "sitting")"#, #"[del: "k", ins: "s", eq: "itt", del: "e", ins: "i", eq: "n", ins: "g"]"#),
        RecordedInspect(#"String.chunk(<<?a, 255, ?b>>, :valid)"#, #"["a", <<255>>, "b"]"#),
        RecordedInspect(#"String.equivalent?("e\u0301", "é")"#, #"true"#),
    ]
}

/// proctor prints what Elixir printed for each recorded StringMetricsBuiltins expression.
@Test(arguments: StringMetricsBuiltinsCases.all)
func stringMetricsBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
