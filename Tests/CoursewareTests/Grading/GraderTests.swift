@testable import Courseware
import Foundation
import Testing

/// An exercise made up for the grader's tests: `Doubler.double/1` and a process that replies.
private let exercise = Exercise(
    id: "doubler", title: "Doubler", statement: [], starter: "", tests: """
        defmodule DoublerTest do
          use ExUnit.Case

          test "double/1 doubles a number" do
            assert Doubler.double(2) == 4
          end

          test "double/1 prints what it does" do
            IO.puts("doubling 5")
            assert Doubler.double(5) == 10
          end

          test "start/0 replies to :ping" do
            pid = Doubler.start()
            send(pid, {:ping, self()})
            assert_receive :pong
          end
        end
        """, hints: ["one", "two"], solution: "", line: 1)

private let solution = """
    defmodule Doubler do
      def double(n), do: n * 2
      def start, do: spawn(fn -> receive do {:ping, from} -> send(from, :pong) end end)
    end
    """

@Suite struct GraderTests {
    @Test func aCorrectFilePassesEveryTest() {
        let report = Grader().grade(solution, fileName: "doubler.exs", exercise: exercise)
        #expect(report.status == .pass)
        #expect(report.tests.map(\.name) == ["double/1 doubles a number", "double/1 prints what it does", "start/0 replies to :ping"])
        #expect(report.testsPassed == 3)
        #expect(report.tests[1].output == "doubling 5\n")
        #expect(report.tests[0].output == "")
    }

    @Test func theCompilersWarningsComeWithTheGrade() {
        let warned = solution.replacingOccurrences(of: "def double(n), do: n * 2", with: "def double(n) do\n    twice = n\n    n * 2\n  end")
        let report = Grader().grade(warned, fileName: "doubler.exs", exercise: exercise)
        #expect(report.status == .pass)
        #expect(report.warnings == [
            "warning: variable \"twice\" is unused (if the variable is not meant to be used, prefix it with an underscore)\n  doubler.exs:3: Doubler.double/1\n\n",
        ])
        #expect(Grader().grade(solution, fileName: "doubler.exs", exercise: exercise).warnings.isEmpty)
    }

    @Test func aFailedAssertionKeepsItsCodeLeftAndRight() {
        let wrong = solution.replacingOccurrences(of: "n * 2", with: "n + 2")
        let report = Grader().grade(wrong, fileName: "doubler.exs", exercise: exercise)
        #expect(report.status == .fail)
        let first = report.firstFailure
        #expect(first?.name == "double/1 prints what it does")
        #expect(first?.status == .fail)
        #expect(first?.code == "assert Doubler.double(5) == 10")
        #expect(first?.left == "7")
        #expect(first?.right == "10")
        #expect(first?.message?.hasPrefix("Assertion with == failed") == true)
    }

    @Test func aSyntaxErrorIsAnErrorWithFileLineAndColumn() {
        let report = Grader().grade("defmodule Doubler do\n  def double(n), do: n *\nend\n", fileName: "01-x/doubler.exs", exercise: exercise)
        #expect(report.status == .error)
        #expect(report.tests.isEmpty)
        #expect(report.message?.contains("01-x/doubler.exs:3") == true, "\(report.message ?? "")")
    }

    @Test func aRaiseAtTheTopLevelIsAnError() {
        let report = Grader().grade("raise \"no\"\n", fileName: "doubler.exs", exercise: exercise)
        #expect(report.status == .error)
        #expect(report.message?.contains("** (RuntimeError) no") == true)
    }

    @Test func aMissingFunctionFailsEachTestWithElixirsError() {
        let report = Grader().grade("defmodule Doubler do\nend\n", fileName: "doubler.exs", exercise: exercise)
        #expect(report.status == .fail)
        #expect(report.tests.allSatisfy { $0.status == .error })
        #expect(report.tests[0].message?.contains("UndefinedFunctionError") == true)
    }

    @Test func aProcessThatNeverRepliesTimesOutOnTheVirtualClock() {
        let silent = solution.replacingOccurrences(of: "send(from, :pong)", with: ":ok")
        let started = Date()
        let report = Grader().grade(silent, fileName: "doubler.exs", exercise: exercise)
        #expect(report.tests[2].status == .fail)
        #expect(report.tests[2].message?.contains("Assertion failed, no matching message after 100ms") == true, "\(report.tests[2].message ?? "")")
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func anEndlessLoopUsesItsBudgetAndTheOtherTestsStillRun() {
        let looping = solution.replacingOccurrences(of: "def double(n), do: n * 2", with: "def double(2), do: double(2)\n  def double(n), do: n * 2")
        let grader = Grader(budget: .init(reductionsPerTest: 200_000))
        let report = grader.grade(looping, fileName: "doubler.exs", exercise: exercise)
        #expect(report.tests[0].status == .error)
        #expect(report.tests[0].message?.contains("did not finish within its budget") == true)
        #expect(report.tests[1].status == .pass)
        #expect(report.tests[2].status == .pass)
    }

    @Test func aTestWaitingForeverHitsExUnitsTimeout() {
        let stuck = solution.replacingOccurrences(of: "def double(n), do: n * 2", with: "def double(n), do: receive(do: (:never -> n))")
        let report = Grader().grade(stuck, fileName: "doubler.exs", exercise: exercise)
        #expect(report.tests[0].status == .error)
        #expect(report.tests[0].message?.hasPrefix("** (ExUnit.TimeoutError) test timed out after 60000ms") == true)
    }

    @Test func testCodeIsTheBodyOfEachTest() {
        let report = Grader().grade(solution, fileName: "doubler.exs", exercise: exercise)
        #expect(report.tests[0].testCode == "assert Doubler.double(2) == 4")
        #expect(report.tests[2].testCode == "pid = Doubler.start()\nsend(pid, {:ping, self()})\nassert_receive :pong")
    }

    @Test func resultsJSONHasExercismsVersion3Shape() throws {
        let wrong = solution.replacingOccurrences(of: "n * 2", with: "n + 2")
        let report = Grader().grade(wrong, fileName: "doubler.exs", exercise: exercise)
        let object = try JSONSerialization.jsonObject(with: Data(ResultsJSON.encode(report).utf8)) as? [String: Any]
        #expect(object?["version"] as? Int == 3)
        #expect(object?["status"] as? String == "fail")
        let tests = object?["tests"] as? [[String: Any]] ?? []
        #expect(tests.count == 3)
        #expect(tests[0]["status"] as? String == "pass")
        #expect(tests[0]["message"] == nil)
        #expect(tests[1]["status"] as? String == "fail")
        #expect(tests[1]["output"] as? String == "doubling 5\n")
        #expect(tests[1]["test_code"] as? String == "IO.puts(\"doubling 5\")\nassert Doubler.double(5) == 10")
    }
}
