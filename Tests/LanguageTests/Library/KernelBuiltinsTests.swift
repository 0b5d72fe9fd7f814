import Testing

/// KernelBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum KernelBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"{round(-2.5), trunc(-3.99), floor(-3.5), ceil(-3.5)}"#, #"{-3, -3, -4, -3}"#),
        RecordedInspect(#"round(1.0e20)"#, #"100000000000000000000"#),
        RecordedInspect(#"{2 ** 10, 2 ** -1, 2.0 ** 3}"#, #"{1024, 0.5, 8.0}"#),
        RecordedInspect(#"byte_size("é")"#, #"2"#),
        RecordedInspect(#"binary_part("hello", 1, 3)"#, #""ell""#),
        RecordedInspect(#"binary_part("hello", 5, -2)"#, #""lo""#),
        RecordedInspect(#"inspect(255, base: :hex)"#, #""0xFF""#),
        RecordedInspect(#"inspect(-5, base: :binary)"#, #""-0b101""#),
        RecordedInspect(#"inspect(8, base: :octal)"#, #""0o10""#),
        RecordedInspect(#"Elixir.Enum"#, #"Enum"#),
    ]
}

/// proctor prints what Elixir printed for each recorded KernelBuiltins expression.
@Test(arguments: KernelBuiltinsCases.all)
func kernelBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
