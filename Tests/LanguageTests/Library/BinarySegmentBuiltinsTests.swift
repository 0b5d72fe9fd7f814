import Testing

/// BinarySegmentBuiltins: expressions whose inspect output was recorded from real Elixir 1.14.
enum BinarySegmentBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"<<104, 105>>"#, #""hi""#),
        RecordedInspect(#"<<"ab", 99>>"#, #""abc""#),
        RecordedInspect(#"<<300>>"#, #"",""#),
        RecordedInspect(#"<<?ñ::utf8>>"#, #""ñ""#),
        RecordedInspect(#"<<1::16, "a"::binary>>"#, #"<<0, 1, 97>>"#),
    ]
}

/// proctor prints what Elixir printed for each recorded BinarySegmentBuiltins expression.
@Test(arguments: BinarySegmentBuiltinsCases.all)
func binarySegmentBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
