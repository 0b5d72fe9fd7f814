import Testing

/// match?/2 (compiled as a case) and the library's apply/2, then/2 and tap/2, recorded from real Elixir 1.14.
enum KernelMacroCases {
    static let all: [RecordedInspect] = [
        RecordedInspect(#"match?({:ok, x} when x > 5, {:ok, 1})"#, #"false"#),
        RecordedInspect(#"Enum.filter([1, :a, 2], &match?(x when is_integer(x), &1))"#, #"[1, 2]"#),
        RecordedInspect(#"5 |> then(&(&1 * 2))"#, #"10"#),
        RecordedInspect(#"tap(5, fn x -> x * 2 end)"#, #"5"#),
        RecordedInspect(#"apply(fn a, b -> a + b end, [1, 2])"#, #"3"#),
        RecordedInspect(#"apply(&String.upcase/1, ["x"])"#, #""X""#),
    ]
}

/// proctor prints what Elixir printed for each recorded expression.
@Test(arguments: KernelMacroCases.all)
func kernelMacroMatchesElixir(_ recorded: RecordedInspect) {
    #expect(recorded.proctor() == recorded.elixir)
}
