import Foundation
import Testing

/// Grading and running across schedules, through the real binary: a race the default
/// schedule hides fails `check` with a line that replays it, the replay fails the same way,
/// a correct solution holds, and `run --explore` lists every output of a racy script.
@Suite struct ScheduleExplorationTests {
    /// A one-exercise course: an in-order map whose one test has no sleeps to give the race away.
    static let course = """
        ---
        id: inorder
        title: In order
        order: 1
        summary: Replies in order
        ---

        # In order

        One exercise.

        ## Exercise in_order_map: Replies in the order of the list

        ### Statement

        Write `InOrder.map/2`: a process per element, the results in the order of the list.

        ### Starter

        ```elixir
        defmodule InOrder do
          def map(_list, _fun), do: []
        end
        ```

        ### Tests

        ```elixir
        defmodule InOrderTest do
          use ExUnit.Case

          test "it returns the results in the order of the list" do
            assert InOrder.map([1, 2, 3, 4], fn x -> x * x end) == [1, 4, 9, 16]
          end
        end
        ```

        ### Hints

        1. Tag each reply with the pid of its worker.
        2. Receive `{^pid, result}` for each pid, in order.

        ### Solution

        ```elixir
        defmodule InOrder do
          def map(list, fun) do
            me = self()
            list
            |> Enum.map(fn x -> spawn(fn -> send(me, {self(), fun.(x)}) end) end)
            |> Enum.map(fn pid -> receive do {^pid, result} -> result end end)
          end
        end
        ```

        """

    static let arrivalOrder = """
        defmodule InOrder do
          def map(list, fun) do
            me = self()
            Enum.each(list, fn x -> spawn(fn -> send(me, {:result, fun.(x)}) end) end)
            Enum.map(list, fn _ -> receive do {:result, r} -> r end end)
          end
        end

        """

    private func learner() throws -> ProctorBinary {
        var proctor = try ProctorBinary.fresh(user: "racer")
        try FileManager.default.createDirectory(at: proctor.folder.appendingPathComponent("course"), withIntermediateDirectories: true)
        try proctor.write(ScheduleExplorationTests.course, to: "course/01-inorder.md")
        _ = try proctor.run(["init", "ws", "--lessons", "course"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        return proctor
    }

    @Test func theArrivalOrderRaceFailsCheckAndItsReplayFailsTheSameWay() throws {
        let proctor = try learner()
        try proctor.write(ScheduleExplorationTests.arrivalOrder, to: "01-inorder/in_order_map.exs")

        let found = try proctor.run(["check", "in_order_map", "--lessons", "../course"])

        #expect(found.status == 1)
        #expect(found.all.contains("A race: this test passes under the default schedule, but it failed under 1 of"), "\(found.all)")
        #expect(found.all.contains("right: [1, 4, 9, 16]"), "\(found.all)")
        #expect(found.all.contains("received {:result, "), "the race in words: \(found.all)")
        #expect(found.all.contains("What the processes did"), "the failing schedule's chart: \(found.all)")
        let replay = try #require(found.all.split(separator: "\n").first { $0.contains("proctor check in_order_map --schedule ") })
        let token = try #require(replay.split(separator: " ").last.map(String.init))

        let first = try proctor.run(["check", "in_order_map", "--schedule", token, "--lessons", "../course"])
        let second = try proctor.run(["check", "in_order_map", "--schedule", token, "--lessons", "../course"])

        #expect(first.status == 1)
        #expect(first.all.contains("It fails under the schedule \(token) you asked to replay"), "\(first.all)")
        #expect(withoutTimes(first.all) == withoutTimes(second.all))
        #expect(failureReport(first.all) == failureReport(found.all), "the replay fails exactly as the search found it")
    }

    @Test func theCorrectSolutionHoldsUnderEverySchedule() throws {
        let proctor = try learner()
        let solution = try #require(ScheduleExplorationTests.course.components(separatedBy: "### Solution\n\n```elixir\n").last?
            .components(separatedBy: "```").first)
        try proctor.write(solution, to: "01-inorder/in_order_map.exs")

        let result = try proctor.run(["check", "in_order_map", "--schedules", "150", "--lessons", "../course"])

        #expect(result.status == 0, "\(result.all)")
        #expect(result.all.contains("Every test held under 151 schedules (the default and 150 others)."), "\(result.all)")
        let json = try proctor.run(["check", "in_order_map", "--json", "--schedules", "120", "--lessons", "../course"])
        #expect(json.standardOutput.contains("\"held_under\" : 121"), "\(json.all)")
    }

    @Test func aReplayOfATestTheExerciseLacksSaysNothingWasReplayed() throws {
        let proctor = try learner()
        try proctor.write(ScheduleExplorationTests.arrivalOrder, to: "01-inorder/in_order_map.exs")

        let result = try proctor.run(["check", "in_order_map", "--schedule", "9-d4.1", "--lessons", "../course"])

        #expect(result.status == 0, "only the default schedule ran, and it passes: \(result.all)")
        #expect(result.standardError.contains("The schedule 9-d4.1 names test 9, but in_order_map has 1 test: nothing was replayed"), "\(result.all)")
    }

    @Test func verifyFindsTheRaceAsCheckDoes() throws {
        let proctor = try learner()
        try proctor.write(ScheduleExplorationTests.arrivalOrder, to: "01-inorder/in_order_map.exs")

        let result = try proctor.run(["verify", "--lessons", "../course"])

        #expect(result.status == 1, "\(result.all)")
        #expect(result.standardOutput.contains("0 of 1 exercises pass now"), "\(result.all)")
    }

    @Test func onlyTheDefaultScheduleWithSchedulesZero() throws {
        let proctor = try learner()
        try proctor.write(ScheduleExplorationTests.arrivalOrder, to: "01-inorder/in_order_map.exs")

        let result = try proctor.run(["check", "in_order_map", "--schedules", "0", "--lessons", "../course"])

        #expect(result.status == 0, "the default schedule alone hides the race: \(result.all)")
        #expect(!result.all.contains("held under"))
    }

    @Test func exploreListsBothOutputsOfTwoSendersAndEachReplays() throws {
        let proctor = try ProctorBinary.fresh(user: "explorer")
        try proctor.write("""
            parent = self()
            spawn(fn -> send(parent, :a) end)
            spawn(fn -> send(parent, :b) end)
            for _ <- 1..2 do
              receive do
                msg -> IO.puts(msg)
              end
            end

            """, to: "two.exs")

        let result = try proctor.run(["run", "--explore", "40", "two.exs"])

        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("two.exs under 40 schedules: 2 distinct outputs."), "\(result.all)")
        let replays = result.standardOutput.split(separator: "\n").filter { $0.contains("replay: proctor run --schedule ") }
        #expect(replays.count == 2)
        let counts = replays.compactMap { line in Int(line.split(separator: " ")[3]) }
        #expect(counts.reduce(0, +) == 40, "\(replays)")
        var outputs: Set<String> = []
        for line in replays {
            let token = String(line.split(separator: " ").dropLast().last ?? "")
            let replayed = try proctor.run(["run", "--schedule", token, "two.exs"])
            outputs.insert(replayed.standardOutput)
        }
        #expect(outputs == ["a\nb\n", "b\na\n"])
        let bare = try proctor.run(["run", "--explore", "two.exs"])
        #expect(bare.standardOutput.hasPrefix("two.exs under 100 schedules: 2 distinct outputs."), "\(bare.all)")
    }

    private func withoutTimes(_ text: String) -> String {
        text.replacingOccurrences(of: #"\(\d+ ms\)"#, with: "(… ms)", options: .regularExpression)
    }

    /// The failure as ExUnit reports it: from the test's heading to its stack trace.
    private func failureReport(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix("First failing test:") }),
              let end = lines[start...].firstIndex(where: { $0.contains("in_order_map_test.exs:5: (test)") }) else { return "" }
        return lines[start...end].joined(separator: "\n")
    }
}
