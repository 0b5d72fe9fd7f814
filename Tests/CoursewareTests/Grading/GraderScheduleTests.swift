@testable import Courseware
import Foundation
import Language
import Runtime
import Testing

/// An in-order map whose one test hides the arrival-order race under the default schedule.
private let exercise = Exercise(
    id: "in_order", title: "In order", statement: [], starter: "", tests: """
        defmodule InOrderTest do
          use ExUnit.Case

          test "a first test that always passes" do
            assert InOrder.map([], & &1) == []
          end

          test "results come in the order of the list" do
            assert InOrder.map([1, 2, 3], fn x -> x * 10 end) == [10, 20, 30]
          end
        end
        """, hints: ["one", "two"], solution: "", line: 1)

private let arrivalOrder = """
    defmodule InOrder do
      def map(list, fun) do
        me = self()
        Enum.each(list, fn x -> spawn(fn -> send(me, {:result, fun.(x)}) end) end)
        Enum.map(list, fn _ -> receive do {:result, r} -> r end end)
      end
    end
    """

private let taggedReplies = """
    defmodule InOrder do
      def map(list, fun) do
        me = self()
        list
        |> Enum.map(fn x -> spawn(fn -> send(me, {self(), fun.(x)}) end) end)
        |> Enum.map(fn pid -> receive do {^pid, r} -> r end end)
      end
    end
    """

@Suite struct GraderScheduleTests {
    private func grade(_ source: String, _ exploration: ScheduleExploration?) -> GradeReport {
        Grader(exploration: exploration).grade(source, fileName: "in_order.exs", exercise: exercise)
    }

    @Test func theDefaultScheduleAloneHidesTheRace() {
        let report = grade(arrivalOrder, nil)
        #expect(report.status == .pass)
        #expect(report.schedules == nil)
    }

    @Test func exploringFindsTheRaceAndItsReplayFailsTheSameWay() throws {
        let report = grade(arrivalOrder, ScheduleExploration(schedules: 50, wallTimeNanoseconds: 60_000_000_000))
        #expect(report.status == .fail)
        let found = try #require(report.schedules?.failure)
        #expect(found.test == "results come in the order of the list")
        #expect(found.token.hasPrefix("2-"))
        #expect(!found.replayed)
        #expect(found.explanation.first?.contains("received {:result, ") == true, "\(found.explanation)")
        let failing = try #require(report.firstFailure)
        #expect(failing.trace != nil)

        let replay = try #require(ScheduleReplay(token: found.token))
        let again = grade(arrivalOrder, ScheduleExploration(schedules: 1, wallTimeNanoseconds: 60_000_000_000, replay: replay))
        #expect(again.schedules?.failure?.replayed == true)
        #expect(again.firstFailure?.message == failing.message)
        #expect(again.firstFailure?.trace?.events == failing.trace?.events)
    }

    @Test func aCorrectSolutionHoldsUnderEverySchedule() {
        let report = grade(taggedReplies, ScheduleExploration(schedules: 120, wallTimeNanoseconds: 60_000_000_000))
        #expect(report.status == .pass)
        #expect(report.schedules?.heldUnder == 121)
        #expect(report.schedules?.runs == 240)
    }
}
