import Testing

/// SigilBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum SigilBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"~w(alpha beta)a"#, #"[:alpha, :beta]"#),
        RecordedInspect(#"~w(alpha beta)c"#, #"['alpha', 'beta']"#),
        RecordedInspect(#"~w[a b]s"#, #"["a", "b"]"#),
        RecordedInspect(#"~c(charlist sigil)"#, #"'charlist sigil'"#),
        RecordedInspect(#"~S"no #{x} \n here""#, ##""no \#{x} \\n here""##),
    ]
}

/// proctor prints what Elixir printed for each recorded SigilBuiltins expression.
@Test(arguments: SigilBuiltinsCases.all)
func sigilBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
