import Testing

/// IntegerBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum IntegerBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"Integer.to_string(-255, 16)"#, #""-FF""#),
        RecordedInspect(#"Integer.parse("42abc")"#, #"{42, "abc"}"#),
        RecordedInspect(#"Integer.parse("-ff", 16)"#, #"{-255, ""}"#),
        RecordedInspect(#"Integer.parse("abc")"#, #":error"#),
        RecordedInspect(#"Integer.digits(-123)"#, #"[-1, -2, -3]"#),
        RecordedInspect(#"Integer.digits(255, 16)"#, #"[15, 15]"#),
        RecordedInspect(#"Integer.undigits([1, 0, 1], 2)"#, #"5"#),
        RecordedInspect(#"Integer.pow(3, 50)"#, #"717897987691852588770249"#),
        RecordedInspect(#"{Integer.mod(-7, 2), Integer.floor_div(-7, 2), Integer.mod(7, -2), Integer.floor_div(7, -2)}"#, #"{1, -4, -1, -4}"#),
        RecordedInspect(#"Integer.gcd(-12, 18)"#, #"6"#),
        RecordedInspect(#"Integer.to_charlist(65)"#, #"'65'"#),
    ]
}

/// proctor prints what Elixir printed for each recorded IntegerBuiltins expression.
@Test(arguments: IntegerBuiltinsCases.all)
func integerBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
