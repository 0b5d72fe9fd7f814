import Language
import Runtime
import Testing

/// A catastrophic regex in one process never delays another process's `receive ... after 100`:
/// the search runs in slices, preempted like any other guest work.
@Test func aCatastrophicRegexNeverDelaysATimer() {
    let source = """
        spawn(fn -> Regex.match?(~r/(a+)+$/, String.duplicate("a", 40) <> "b") end)
        started = System.monotonic_time(:millisecond)
        receive do
        after
          100 -> IO.puts("the timer fired")
        end
        IO.puts(System.monotonic_time(:millisecond) - started < 1000)
        """
    let output = CapturingOutputSink()
    let runner = ScriptRunner(output: output, clock: .real, limits: RunLimits(wallTimeNanoseconds: 30_000_000_000))
    #expect(runner.run(source: source, file: "catastrophic.exs") == 0)
    #expect(output.standardOutput == "the timer fired\ntrue\n")
}
