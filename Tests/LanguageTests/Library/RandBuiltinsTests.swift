import Testing

/// RandBuiltins: seeded draws and seeds whose inspect output was recorded from real Elixir 1.14
/// (proctor's generators are the BEAM's, so the numbers are the same).
enum RandBuiltinsCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#":rand.uniform_s(100, :rand.seed_s(:exsss, {1, 2, 3})) |> elem(0)"#, #"27"#),
        RecordedInspect(#":rand.uniform_s(:rand.seed_s(:exrop, 42)) |> elem(0)"#, #"0.6944173855195852"#),
        RecordedInspect(#":rand.uniform_s(1000, :rand.seed_s(:exsplus, [1, 2])) |> elem(0)"#, #"414"#),
        RecordedInspect(#":rand.seed_s(:exsss, [5]) |> :rand.export_seed_s()"#, #"{:exsss, [5 | 0]}"#),
        RecordedInspect(#":rand.seed_s(:exsp, 1) |> :rand.export_seed_s()"#, #"{:exsp, [74922837739199681 | 210417531935976551]}"#),
    ]
}

/// proctor draws what Elixir drew for each recorded :rand expression.
@Test(arguments: RandBuiltinsCases.all)
func randBuiltinsMatchElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
