import Language
import Runtime
import Testing

/// Redefining a module in the shell while processes run it, as iex 1.14 does it
/// (expected lines from `printf '...' | iex`).
@Suite struct CodeReloadTests {
    /// Feeds `lines` to a session as piped iex reads them; returns what it printed.
    private func session(_ lines: [String]) -> CapturingOutputSink {
        let output = CapturingOutputSink()
        let session = InteractiveSession(output: output, clock: .virtual)
        for line in lines {
            output.write(session.nextPrompt(), to: .standardOutput)
            session.feed(line)
        }
        session.finish()
        return output
    }

    private static let loop = [
        "defmodule M do", "  def loop do", "    receive do", "      :x -> IO.puts(\"got x\"); M.loop()", "    end", "  end", "end",
    ]
    private static let newLoop = [
        "defmodule M do", "  def loop do", "    receive do", "      :x -> IO.puts(\"v2 got x\"); M.loop()", "    end", "  end", "end",
    ]

    @Test func aProcessRunningTheOldVersionMovesOnAtAQualifiedCall() {
        let output = session(Self.loop + ["pid = spawn(fn -> M.loop() end)"] + Self.newLoop + [
            "send(pid, :x)", "Process.sleep(100)", "send(pid, :x)", "Process.sleep(100)", "Process.alive?(pid)",
        ])
        let text = output.standardOutput
        let old = text.range(of: "got x\n"), new = text.range(of: "v2 got x\n")
        #expect(old != nil && new != nil && old.map(\.lowerBound) ?? text.endIndex < new.map(\.lowerBound) ?? text.startIndex, "\(text)")
        #expect(text.hasSuffix("iex(8)> true\n"), "\(text)")
        #expect(output.standardError == "warning: redefining module M (current version defined in memory)\n  iex:3\n\n")
    }

    @Test func defmoduleShowsTheModuleTupleAsIexDoes() {
        let output = session(["defmodule X do def a, do: 1 end"])
        #expect(output.standardOutput == """
            iex(1)> {:module, X,
             <<70, 79, 82, 49, 0, 0, 0, 176, 66, 69, 65, 77, 65, 116, 85, 56, 0, 0, 0, 161,
               0, 0, 0, 17, 8, 69, 108, 105, 120, 105, 114, 46, 88, 8, 95, 95, 105, 110,
               102, 111, 95, 95, 10, 97, 116, 116, 114, ...>>, {:a, 0}}

            """)
        #expect(output.standardError.isEmpty)
    }

    @Test func aThirdVersionKillsTheProcessesStillInTheOldest() {
        let output = session([
            "defmodule L do", "  def wait, do: receive(do: (:go -> wait()))", "end",
            "pid = spawn(fn -> L.wait() end)", "ref = Process.monitor(pid)",
            "defmodule L do", "  def wait, do: :v2", "end",
            "Process.alive?(pid)",
            "defmodule L do", "  def wait, do: :v3", "end",
            "receive do: ({:DOWN, ^ref, :process, _, reason} -> reason)",
        ])
        #expect(output.standardOutput.contains("iex(5)> true\n"), "\(output.standardOutput)")
        #expect(output.standardOutput.hasSuffix("iex(7)> :killed\n"), "\(output.standardOutput)")
        #expect(output.standardError.components(separatedBy: "warning: redefining module L").count == 3)
    }
}
