import Language
import Runtime
import Testing

private func stderr(of source: String, limits: RunLimits = .unlimited) -> String {
    let output = CapturingOutputSink()
    _ = ScriptRunner(output: output, clock: .virtual, limits: limits).run(source: source, file: "stuck.exs")
    return output.standardError
}

@Test func aDeadlockNamesTheReceiveItsPatternsAndTheNearestMiss() {
    let report = stderr(of: """
        defmodule Server do
          def loop do
            receive do
              {:ask, from} ->
                send(from, {:replied, 42})
                loop()
            end
          end
        end
        server = spawn(fn -> Server.loop() end)
        send(server, {:ask, self()})
        receive do
          {:reply, answer} -> answer
        end
        """)
    let lines = report.split(separator: "\n").map(String.init)
    #expect(lines.first == "** (proctor) deadlock: the script is waiting in receive for a message that no process can send")
    #expect(lines.contains("    the script's main process (#PID<0.96.0>)"))
    #expect(lines.contains("      waits in the receive at stuck.exs:12 (in the script) for:"))
    #expect(lines.contains("        {:reply, answer}"))
    #expect(lines.contains("        {:replied, 42}"))
    #expect(lines.contains {
        $0.hasSuffix("nearest miss: {:replied, 42} is in the mailbox, but the receive at stuck.exs:12 wants {:reply, answer}: the tag differs: :replied, not :reply")
    })
    #expect(lines.contains("      waits in the receive at stuck.exs:3 (in Server.loop/0) for:"))
    #expect(lines.contains("      its mailbox is empty: no process sent it anything it has not taken yet"))
}

@Test func aMissOfSizeOrElementIsSpelledOut() {
    let report = stderr(of: "send(self(), {:reply, 1, 2})\nsend(self(), {:reply, 2})\nreceive do\n  {:reply, 1} -> :ok\nend\n")
    #expect(report.contains("nearest miss: {:reply, 2} is in the mailbox, but the receive at stuck.exs:3 wants {:reply, 1}: element 2 differs: it is 2, not 1"))
    #expect(report.contains("    {:reply, 1, 2}"))
}

@Test func aRunawayScriptSaysWhereItSpins() {
    let report = stderr(of: "defmodule L do\n  def spin(n), do: spin(n + 1)\nend\nL.spin(0)\n", limits: RunLimits(reductions: 100_000))
    #expect(report.contains("Still running when it was stopped:"))
    #expect(report.contains("#PID<0.96.0> spent most of its time ("))
    #expect(report.contains("% of its preemptions) in L.spin/1 at stuck.exs:2"))
}

@Test func aRunawayLoopIsNamedByTheLineOfTheLearnersCodeNotTheLibrarys() {
    let source = "defmodule L do\n  def spin(n) do\n    x = Enum.sum(1..100)\n    spin(n + x)\n  end\nend\nL.spin(0)\n"
    let report = stderr(of: source, limits: RunLimits(reductions: 400_000))
    #expect(report.contains("in L.spin/1 at stuck.exs:3"), "\(report)")
    #expect(!report.contains("Enum.ex"), "\(report)")
}
