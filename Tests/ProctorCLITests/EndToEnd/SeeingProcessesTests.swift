import Courseware
import Foundation
import Testing

/// What proctor shows of processes through the real binary: why a check is stuck, and the
/// message sequence chart of `run --trace`.
@Suite struct SeeingProcessesTests {
    @Test func aStuckCheckExplainsTheReceiveAndTheNearestMiss() throws {
        var proctor = try ProctorBinary.fresh(user: "stuck")
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        let first = try #require(try Course.embedded().exercises.first)
        try proctor.write("""
            defmodule Sleepy do
              def start(_ms) do
                pid = spawn(fn -> receive do {:wake, from} -> send(from, :awake) end end)
                send(pid, {:wakeup, self()})
                receive do
                  :awake -> pid
                end
              end
            end

            """, to: Workspace.relativePath(of: first.exercise, in: first.lesson))

        let result = try proctor.run(["check", first.exercise.id])

        #expect(result.status == 1)
        #expect(result.all.contains("Nothing could wake the processes that waited:"), "\(result.all)")
        #expect(result.all.contains("waits in the receive at 01-spawn/sleepy_process.exs:5 (in Sleepy.start/1) for:"), "\(result.all)")
        #expect(result.all.contains("the tag differs: :wakeup, not :wake"), "\(result.all)")
        #expect(!result.all.contains("mix test"), "\(result.all)")
        #expect(result.all.contains("never received: {:wakeup, #PID<"), "\(result.all)")
    }

    @Test func runTraceDrawsEveryPingAndPong() throws {
        var proctor = try ProctorBinary.fresh(user: "trace")
        try proctor.write("""
            defmodule Pong do
              def loop do
                receive do
                  {:ping, from} ->
                    send(from, :pong)
                    loop()
                end
              end
            end
            Process.register(spawn(fn -> Pong.loop() end), :ponger)
            for _ <- 1..3 do
              send(:ponger, {:ping, self()})
              receive do
                :pong -> :ok
              end
            end

            """, to: "pingpong.exs")

        let result = try proctor.run(["run", "--trace", "pingpong.exs"])

        #expect(result.status == 0)
        let lines = result.standardError.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("time    main") && $0.contains(":ponger") }, "\(result.standardError)")
        #expect(lines.filter { $0.contains("──▶●") && $0.hasSuffix("{:ping, #PID<0.96.0>}") }.count == 3, "\(result.standardError)")
        #expect(lines.filter { $0.contains("●◀──") && $0.hasSuffix(":pong") }.count == 3, "\(result.standardError)")
        #expect(!result.standardError.contains("\u{1B}["), "no colour when not a terminal")
        #expect(lines.allSatisfy { $0.count <= 80 })
    }
}
