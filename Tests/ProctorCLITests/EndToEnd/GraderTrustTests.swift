import Courseware
import Foundation
import Testing

/// Wrong solutions to the first exercise (`Sleepy.start/1` must spawn a sleeping process) that
/// try to get a pass without the work, each through the real binary: every one is a failed
/// check (exit 1) that says why, and the attempt is recorded as a failure.
@Suite struct GraderTrustTests {
    /// A learner's file and what the check must say about it.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let file: String
        let expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "replaces the test runner",
            file: "defmodule ExUnit.Runner do\n  def exec_test(_, _, _, _), do: :ok\nend\ndefmodule Sleepy do\n  def start(_), do: nil\nend\n",
            expected: "cannot define module ExUnit.Runner: it is part of ExUnit"),
        Case(
            name: "halts from the tested function",
            file: "defmodule Sleepy do\n  def start(_), do: System.halt(0)\nend\n",
            expected: "the code called System.halt(0) during the test"),
        Case(
            name: "halts through apply with atoms made at run time",
            file: """
                defmodule Sleepy do
                  def start(_), do: apply(String.to_atom("Elixir." <> "System"), String.to_atom("ha" <> "lt"), [0])
                end

                """,
            expected: "the code called System.halt(0) during the test"),
        Case(
            name: "halts from an exception's message/1",
            file: """
                defmodule Boom do
                  defexception [:x]
                  def message(_), do: System.halt(0)
                end
                defmodule Sleepy do
                  def start(_), do: raise(Boom, x: 1)
                end

                """,
            expected: "the code called System.halt(0) during the test"),
        Case(
            name: "forges the runner's test-finished message from the test",
            file: """
                defmodule Sleepy do
                  def start(_) do
                    for p <- Process.list(), do: send(p, {self(), :test_finished, :ok})
                    receive do: (:never -> nil)
                  end
                end

                """,
            expected: "test timed out"),
        Case(
            name: "forges test-finished messages from a process spawned at load time",
            file: """
                spawn(fn ->
                  f = fn f ->
                    ps = Process.list()
                    for p <- ps, q <- ps, do: send(p, {q, :test_finished, :ok})
                    Process.sleep(1)
                    f.(f)
                  end
                  f.(f)
                end)
                defmodule Sleepy do
                  def start(_), do: nil
                end

                """,
            expected: "Expected truthy, got false"),
        Case(
            name: "replaces Exception, which reports failures",
            file: "defmodule Exception do\n  def message(_), do: exit(:normal)\nend\ndefmodule Sleepy do\n  def start(_), do: nil\nend\n",
            expected: "cannot define module Exception: it is part of the standard library"),
        Case(
            name: "replaces a standard exception",
            file: "defmodule RuntimeError do\n  defexception [:message]\nend\ndefmodule Sleepy do\n  def start(_), do: nil\nend\n",
            expected: "cannot define module RuntimeError"),
        Case(
            name: "replaces the module the tests import",
            file: "defmodule ExUnit.Assertions do\n  def is_pid(_), do: true\nend\ndefmodule Sleepy do\n  def start(_), do: :ok\nend\n",
            expected: "cannot define module ExUnit.Assertions"),
        Case(
            name: "replaces Kernel",
            file: "defmodule Kernel do\n  def is_pid(_), do: true\nend\ndefmodule Sleepy do\n  def start(_), do: :ok\nend\n",
            expected: "cannot define module Kernel"),
        Case(
            name: "replaces a builtin Erlang module",
            file: "defmodule :erlang do\n  def is_pid(_), do: true\nend\ndefmodule Sleepy do\n  def start(_), do: :ok\nend\n",
            expected: "cannot define module :erlang"),
        Case(
            name: "defines passing tests of its own under the test module's name",
            file: """
                defmodule Sleepy do
                  def start(_), do: nil
                end
                defmodule SleepyTest do
                  use ExUnit.Case
                  test "fake", do: assert(true)
                end

                """,
            expected: "Expected truthy, got false"),
        Case(
            name: "kills every other process",
            file: "defmodule Sleepy do\n  def start(_) do\n    for p <- Process.list(), p != self(), do: Process.exit(p, :kill)\n    self()\n  end\nend\n",
            expected: "Refute with == failed"),
        Case(
            name: "ends the test process normally from inside the test",
            file: "defmodule Sleepy do\n  def start(_), do: Process.exit(self(), :normal)\nend\n",
            expected: "** (EXIT from #PID<"),
        Case(
            name: "exits :shutdown as a passing test's process does",
            file: "defmodule Sleepy do\n  def start(_), do: exit(:shutdown)\nend\n",
            expected: "** (exit) shutdown"),
    ]

    @Test(arguments: cases) func wrongSolutionNeverPasses(_ attack: Case) throws {
        var proctor = try ProctorBinary.fresh(user: "hostile")
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        let first = try #require(try Course.embedded().exercises.first)
        try proctor.write(attack.file, to: Workspace.relativePath(of: first.exercise, in: first.lesson))

        let result = try proctor.run(["check", first.exercise.id, "--timeout", "60"])

        #expect(result.status == 1, "\(attack.name): \(result.all)")
        #expect(result.all.contains(attack.expected), "\(attack.name): \(result.all)")
        #expect(!result.all.contains("4 of 4 tests pass"), "\(attack.name): \(result.all)")
        let progress = try proctor.run(["progress", "--json"])
        #expect(progress.standardOutput.contains("\"attempts\" : 1"), "\(attack.name): \(progress.all)")
        #expect(!progress.standardOutput.contains("\"status\" : \"passed\""), "\(attack.name): \(progress.all)")
    }

    /// The control: the reference solution passes through the same steps, so the checks above can tell.
    @Test func referenceSolutionPasses() throws {
        var proctor = try ProctorBinary.fresh(user: "honest")
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        let first = try #require(try Course.embedded().exercises.first)
        try proctor.write(first.exercise.solution, to: Workspace.relativePath(of: first.exercise, in: first.lesson))

        let result = try proctor.run(["check", first.exercise.id])

        #expect(result.status == 0, "\(result.all)")
        #expect(result.all.contains("4 of 4 tests pass") || result.all.contains("All tests pass"), "\(result.all)")
        let progress = try proctor.run(["progress", "--json"])
        #expect(progress.standardOutput.contains("\"status\" : \"passed\""), "\(progress.all)")
    }
}
