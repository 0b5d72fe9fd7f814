import Language
import Runtime
import Testing

private let spinner = """
    defmodule Spin do
      def forever(n), do: forever(n + 1)
    end
    spawn(fn -> Spin.forever(0) end)
    spawn(fn -> Spin.forever(0) end)
    started = System.monotonic_time(:millisecond)
    receive do
    after
      100 -> IO.puts("the timer fired")
    end
    IO.puts(System.monotonic_time(:millisecond) - started < 1000)
    """

/// A process spinning forever never delays another process's `receive ... after 100`.
@Test(arguments: [ClockKind.real, ClockKind.virtual])
func aSpinningProcessNeverDelaysATimer(_ clock: ClockKind) {
    let output = CapturingOutputSink()
    let runner = ScriptRunner(output: output, clock: clock, limits: RunLimits(wallTimeNanoseconds: 30_000_000_000))
    let status = runner.run(source: spinner, file: "spin.exs")
    #expect(status == 0)
    #expect(output.standardOutput == "the timer fired\ntrue\n")
}

/// Non-tail recursion without end is stopped by the memory limit, in the guest process, never the host.
@Test func endlessRecursionEndsTheProcessNotProctor() {
    let output = CapturingOutputSink()
    let source = """
        defmodule Deep do
          def down(n), do: 1 + down(n + 1)
        end
        IO.puts(Deep.down(0))
        """
    let limit = MemoryGauge.bytesInUse() + 150 << 20
    let status = ScriptRunner(output: output, clock: .virtual, memoryLimitBytes: limit).run(source: source, file: "deep.exs")
    #expect(status == 1)
    #expect(output.standardError.contains("** (proctor) out of memory: proctor stopped #PID<"))
    #expect(output.standardError.contains("calls deep in a recursion that did not end"))
}
