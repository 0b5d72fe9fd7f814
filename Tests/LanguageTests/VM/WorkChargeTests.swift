import Language
import Runtime
import Testing

/// Builtins pay for the data they handle, so a loop of heavy calls meets its reduction budget,
/// whether the call was compiled, made through a module in a variable, or through `apply/3`.
@Suite struct WorkChargeTests {
    private func run(_ source: String, reductions: Int) -> (status: Int32, errors: String) {
        let output = CapturingOutputSink()
        let runner = ScriptRunner(output: output, clock: .virtual, limits: RunLimits(reductions: reductions))
        return (runner.run(source: source, file: "work.exs"), output.standardError)
    }

    @Test(arguments: [
        "l = List.duplicate(1, 100_000)\nEnum.each(1..1_000_000, fn _ -> length(l) end)",
        "l = List.duplicate(1, 100_000)\nEnum.each(1..1_000_000, fn _ -> l ++ [] end)",
        "l = List.duplicate(1, 100_000)\nEnum.each(1..1_000_000, fn _ -> :lists.reverse(l) end)",
        "s = String.duplicate(\"x\", 10_000_000)\nEnum.each(1..1_000_000, fn _ -> String.length(s) end)",
        "Enum.each(1..1_000_000, fn _ -> String.duplicate(\"x\", 10_000_000) end)",
        "s = String.duplicate(\"x\", 10_000_000)\nEnum.each(1..1_000_000, fn _ -> s <> \"!\" end)",
        "n = Integer.pow(3, 40_000)\nEnum.each(1..1_000_000, fn _ -> n * n end)",
        "n = Integer.pow(3, 40_000)\nEnum.each(1..1_000_000, fn _ -> rem(n, n - 1) end)",
        "n = Integer.pow(3, 40_000)\nEnum.each(1..1_000_000, fn _ -> Integer.to_string(n) end)",
        "l = List.duplicate(1, 100_000)\nEnum.each(1..1_000_000, fn _ -> apply(:lists, :reverse, [l]) end)",
        "s = String.duplicate(\"x\", 10_000_000)\nEnum.each(1..1_000_000, fn _ -> apply(String, :length, [s]) end)",
        "m = String\ns = String.duplicate(\"x\", 10_000_000)\nEnum.each(1..1_000_000, fn _ -> m.length(s) end)",
    ])
    func aLoopOfHeavyBuiltinsMeetsItsBudget(_ source: String) {
        let result = run(source, reductions: 500_000)
        #expect(result.status == 1)
        #expect(result.errors.contains("did not finish within its budget"), "\(result.errors)")
    }

    @Test func lightUseIsNotCharged() {
        let result = run("l = List.duplicate(1, 1000)\nfor _ <- 1..1000, do: length(l)\nIO.puts(:ok)", reductions: 200_000)
        #expect(result.status == 0, "\(result.errors)")
    }
}
