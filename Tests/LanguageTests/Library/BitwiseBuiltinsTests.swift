import Testing

/// BitwiseBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum BitwiseBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"Bitwise.band(12, 10)"#, #"8"#),
        RecordedInspect(#"Bitwise.bxor(12, 10)"#, #"6"#),
        RecordedInspect(#"Bitwise.bnot(0)"#, #"-1"#),
        RecordedInspect(#"Bitwise.bsl(1, 70)"#, #"1180591620717411303424"#),
        RecordedInspect(#"Bitwise.bsr(-16, 2)"#, #"-4"#),
    ]
}

/// proctor prints what Elixir printed for each recorded BitwiseBuiltins expression.
@Test(arguments: BitwiseBuiltinsCases.all)
func bitwiseBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
