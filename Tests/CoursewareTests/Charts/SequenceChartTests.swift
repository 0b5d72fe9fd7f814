import Courseware
import Language
import Runtime
import Testing

/// Runs `source` on the virtual clock with a trace recorder and returns the chart's lines.
private func chart(of source: String, width: Int = 80, lastRows: Int? = nil) -> [String] {
    let recorder = TraceRecorder()
    let runner = ScriptRunner(output: CapturingOutputSink(), clock: .virtual, observer: recorder.observer)
    _ = runner.run(source: source, file: "chart.exs")
    return SequenceChart(recorder.snapshot, width: width).lines(lastRows: lastRows)
}

private let pingPong = """
    defmodule Pong do
      def loop do
        receive do
          {:ping, from} ->
            send(from, :pong)
            loop()
          :stop -> :ok
        end
      end
    end
    pid = spawn(fn -> Pong.loop() end)
    Process.register(pid, :ponger)
    for _ <- 1..2 do
      send(:ponger, {:ping, self()})
      receive do
        :pong -> IO.puts("got pong")
      end
    end
    send(:ponger, :stop)
    """

@Test func aPingPongDrawsEveryPingAndPongAsAnArrow() {
    let lines = chart(of: pingPong)
    #expect(lines[0].hasPrefix("time    main        :ponger"))
    #expect(lines.filter { $0.contains("├──────────▶●") && $0.hasSuffix("{:ping, #PID<0.96.0>}") }.count == 2)
    #expect(lines.filter { $0.contains("●◀──────────┤") && $0.hasSuffix(":pong") }.count == 2)
    #expect(lines.contains { $0.contains("◆") && $0.hasSuffix("registered as :ponger") })
    #expect(lines.filter { $0.hasSuffix("prints \"got pong\"") }.count == 2)
    #expect(lines.contains { $0.hasSuffix("spawns fn in the script") })
    #expect(lines.allSatisfy { $0.count <= 80 })
}

@Test func aMessageNobodyTakesIsMarked() {
    let lines = chart(of: "pid = spawn(fn -> Process.sleep(10) end)\nsend(pid, :hello)\nProcess.sleep(20)\n")
    #expect(lines.contains { $0.hasSuffix("never received: :hello") })
    #expect(lines.contains { $0.contains("■") && $0.hasSuffix("exits :normal") })
}

@Test func aCrashIsACrossAndLinksAreDotted() {
    let source = "Process.flag(:trap_exit, true)\nspawn_link(fn -> exit(:boom) end)\nreceive do\n  msg -> msg\nend\n"
    let lines = chart(of: source)
    #expect(lines.contains { $0.contains("┄") && $0.hasSuffix("links") })
    #expect(lines.contains { $0.contains("✗") && $0.hasSuffix("exits :boom") })
    #expect(lines.contains { $0.contains("●◀──") && $0.hasSuffix("{:EXIT, #PID<0.97.0>, :boom}") })
}

@Test func manyLikeMessagesFoldIntoOneLine() {
    let source = "pid = spawn(fn -> Process.sleep(:infinity) end)\nfor i <- 1..500, do: send(pid, {:n, i})\n"
    let lines = chart(of: source)
    #expect(lines.contains { $0.contains("… 497 more like these") })
    #expect(lines.count < 20)
}

@Test func tooManyProcessesShareAnOthersLane() {
    let source = "for _ <- 1..30, do: spawn(fn -> :ok end)\nProcess.sleep(1)\n"
    let lines = chart(of: source)
    #expect(lines[0].contains("others"))
    #expect(lines.allSatisfy { $0.count <= 80 })
}

@Test func aCompactChartKeepsTheLastRows() {
    let lines = chart(of: pingPong, lastRows: 3)
    #expect(lines.contains { $0.contains("earlier rows") })
    #expect(lines.count <= 2 + 1 + 3 + 2)
}
