import Testing
@testable import Language

@Suite struct ExUnitRunnerTests {
    private static let traced = """
        ExUnit.start(trace: true, exclude: :slow)
        defmodule ATest do
          use ExUnit.Case
          test "passes", do: assert true
          test "fails", do: assert 1 == 2
          @tag :skip
          test "skipped", do: :ok
          @tag :slow
          test "excluded", do: :ok
        end
        defmodule BTest do
          use ExUnit.Case
          setup_all do
            raise "nope"
          end
          test "invalid", do: :ok
        end
        """

    /// The lines ExUnit's trace prints, as Elixir 1.14 printed them for this program (the
    /// durations masked, the modules in definition order).
    @Test func traceLinesAreExUnits() {
        let output = ProgramOutput(running: Self.traced, file: "tr.exs")
        let lines = output.standardOutput.replacing(/\(\d+\.\d+ms\)/, with: "(T)").split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.prefix(6) == [
            "Excluding tags: [:slow]", "", "", "ATest [tr.exs]",
            "  * test passes [L#4]\r  * test passes (T) [L#4]", "  * test fails [L#5]\r  * test fails (T) [L#5]",
        ])
        #expect(lines.contains("  * test skipped [L#7]\r  * test skipped (skipped) [L#7]"))
        #expect(lines.contains("  * test excluded [L#9]\r  * test excluded (excluded) [L#9]"))
        #expect(lines.contains("  * test invalid [L#16]\r  * test invalid (T) [L#16]"))
        #expect(lines.contains("  1) BTest: failure on setup_all callback, all tests have been invalidated"))
        #expect(lines.contains("5 tests, 1 failure, 1 excluded, 1 invalid, 1 skipped"))
        #expect(output.status == 2)
    }

    @Test func traceTimesAreTruncatedAsExUnitDoes() {
        #expect(TraceTime.milliseconds(nanoseconds: 5_000) == "0.00")
        #expect(TraceTime.milliseconds(nanoseconds: 90_000) == "0.09")
        #expect(TraceTime.milliseconds(nanoseconds: 100_000) == "0.1")
        #expect(TraceTime.milliseconds(nanoseconds: 1_790_000) == "1.7")
        #expect(TraceTime.milliseconds(nanoseconds: 12_250_000) == "12.2")
    }
}
