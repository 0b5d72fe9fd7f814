import Testing

/// BaseBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum BaseBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"Base.encode64("any carnal pleas")"#, #""YW55IGNhcm5hbCBwbGVhcw==""#),
        RecordedInspect(#"Base.url_decode64("YW55IGNhcm5hbCBwbGVhcw", padding: false)"#, #"{:ok, "any carnal pleas"}"#),
        RecordedInspect(#"Base.decode16("0a1B", case: :mixed)"#, #"{:ok, "\n\e"}"#),
        RecordedInspect(#"Base.decode64("YW55=")"#, #":error"#),
    ]
}

/// proctor encodes and decodes as Elixir did for each recorded Base expression.
@Test(arguments: BaseBuiltinsCases.all)
func baseBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
