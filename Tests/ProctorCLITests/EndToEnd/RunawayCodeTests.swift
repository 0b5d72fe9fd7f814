import Foundation
import Testing

/// Runaway programs under `proctor run` with a small memory limit: each ends with an
/// Elixir-style error and exit code 1 (or runs, where Elixir runs it), and never hangs
/// or crashes proctor.
@Suite struct RunawayCodeTests {
    /// One runaway program and what `proctor run` must say about it.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let arguments: [String]
        let status: Int32
        let expected: String
        var testDescription: String { name }

        init(name: String, source: String, bytes: [UInt8]? = nil, arguments: [String] = [], status: Int32, expected: String) {
            self.name = name
            self.bytes = bytes ?? Array(source.utf8)
            self.arguments = arguments
            self.status = status
            self.expected = expected
        }
    }

    static let cases: [Case] = [
        Case(
            name: "unbounded non-tail recursion",
            source: """
                defmodule Deep do
                  def down(n), do: 1 + down(n + 1)
                end
                Deep.down(0)
                """,
            status: 1, expected: "calls deep in a recursion that did not end"),
        Case(
            name: "body recursion a million deep, in the script and in a task",
            source: """
                defmodule Build do
                  def up_to(0), do: []
                  def up_to(n), do: [n | up_to(n - 1)]
                  def sum([]), do: 0
                  def sum([h | t]), do: h + sum(t)
                end
                IO.puts(Build.sum(Build.up_to(1_000_000)))
                IO.puts(Task.await(Task.async(fn -> Build.sum(Build.up_to(1_000_000)) end), :infinity))
                """,
            status: 0, expected: "500000500000\n500000500000\n"),
        Case(
            name: "a module redefined while a process runs it",
            source: """
                defmodule M do
                  def loop, do: receive(do: (:x -> M.loop()))
                end
                pid = spawn(fn -> M.loop() end)
                defmodule M do
                  def loop, do: receive(do: (:x -> IO.puts("new version"); M.loop()))
                end
                send(pid, :x)
                send(pid, :x)
                Process.sleep(100)
                """,
            status: 0, expected: "new version\n"),
        Case(
            name: "spawn bomb",
            source: """
                for _ <- 1..10_000_000, do: spawn(fn -> receive do: (:never -> :ok) end)
                """,
            status: 1, expected: "** (SystemLimitError) a system limit has been reached"),
        Case(
            name: "mailbox flood",
            source: """
                for n <- 1..100_000_000, do: send(self(), {:flood, n})
                """,
            status: 1, expected: "its mailbox held"),
        Case(
            name: "list growing without end",
            source: """
                defmodule Grow do
                  def loop(list), do: loop([:x | list])
                end
                Grow.loop([])
                """,
            status: 1, expected: "** (proctor) out of memory: proctor stopped #PID<"),
        Case(
            name: "a five gigabyte binary",
            source: "String.duplicate(\"ab\", 2_500_000_000)\n",
            status: 1, expected: "** (SystemLimitError) a system limit has been reached"),
        Case(
            name: "a binary that doubles itself",
            source: """
                defmodule Grow do
                  def grow(b), do: grow(b <> b)
                end
                Grow.grow("x")
                """,
            status: 1, expected: "** (proctor) out of memory: proctor stopped #PID<"),
        Case(
            name: "an interpolated string that doubles itself",
            source: "Enum.reduce(1..40, \"x\", fn _, b -> \"#{b}#{b}\" end)\n",
            status: 1, expected: "** (proctor) out of memory: proctor stopped #PID<"),
        Case(
            name: "a list that doubles itself with ++",
            source: "Enum.reduce(1..40, [1], fn _, l -> l ++ l end)\n",
            status: 1, expected: "** (proctor) out of memory: proctor stopped #PID<"),
        Case(
            name: "200 MB strings kept in a list",
            source: "Enum.map(1..10, fn _ -> String.duplicate(\"ab\", 100_000_000) end)\n",
            status: 1, expected: "** (proctor) out of memory: proctor stopped #PID<"),
        Case(
            name: "200 MB paddings kept in a list",
            source: "Enum.map(1..10, fn _ -> String.pad_leading(\"\", 200_000_000) end)\n",
            status: 1, expected: "** (proctor) out of memory: proctor stopped #PID<"),
        Case(
            name: "big-integer arithmetic in a loop, with --timeout",
            source: """
                defmodule Grow do
                  def grow(n), do: grow(n * n + 1)
                end
                Grow.grow(3)
                """,
            arguments: ["--timeout", "2"],
            status: 1, expected: "did not finish within its time limit of 2.0 s"),
        Case(
            name: "big powers in a loop, with --timeout",
            source: "Enum.each(1..1_000_000, fn k -> Integer.pow(3, 200_000 + k) end)\n",
            arguments: ["--timeout", "2"],
            status: 1, expected: "did not finish within its time limit of 2.0 s"),
        Case(
            name: "a 100,000-digit integer literal",
            source: "x = " + String(repeating: "7", count: 100_000) + "\nIO.puts(rem(x, 1000))\n",
            arguments: ["--timeout", "20"],
            status: 0, expected: "777"),
        Case(
            name: "a 500,000-digit hexadecimal literal",
            source: "x = 0x" + String(repeating: "f", count: 500_000) + "\nIO.puts(rem(x, 1000))\n",
            arguments: ["--timeout", "20"],
            status: 0, expected: "375"),
        Case(
            name: "a binary segment a trillion bits wide",
            source: "x = <<0::size(1_000_000_000_000)>>\n",
            status: 1, expected: "a size of 1000000000000 bits is more than proctor builds"),
        Case(
            name: "an integer of a billion digits",
            source: "Integer.pow(3, 1_000_000_000)\n",
            status: 1, expected: "** (SystemLimitError) a system limit has been reached"),
        Case(
            name: "data nested a million deep, sent and received",
            source: """
                tuple = Enum.reduce(1..1_000_000, :leaf, fn _, acc -> {acc} end)
                map = Enum.reduce(1..300_000, %{}, fn _, acc -> %{inner: acc} end)
                send(self(), {tuple, map})
                receive do
                  {t, _m} -> IO.puts("#{tuple_size(t)} received")
                end
                """,
            status: 0, expected: "1 received"),
        Case(
            name: "a receive that never matches",
            source: """
                send(self(), :hello)
                receive do
                  :goodbye -> :ok
                end
                """,
            status: 1, expected: "deadlock: the script is waiting in receive"),
        Case(
            name: "an infinite loop in a spawned process",
            source: """
                spawn(fn -> Stream.repeatedly(fn -> :spin end) |> Stream.run() end)
                IO.puts("main done")
                """,
            status: 0, expected: "main done"),
        Case(
            name: "a syntax error",
            source: "defmodule Broken do\n  def f(, do: 1\nend\n",
            status: 1, expected: "** (SyntaxError) runaway.exs:3:1: unexpected reserved word: end"),
        Case(
            name: "a byte that is not UTF-8",
            source: "", bytes: Array("IO.puts(\"caf".utf8) + [0xE9] + Array("\")\n".utf8),
            status: 1, expected: "runaway.exs:1:13: this file is not UTF-8 text"),
        Case(
            name: "an infinite loop in the script, with --timeout",
            source: """
                defmodule Spin do
                  def loop(n), do: loop(n + 1)
                end
                Spin.loop(0)
                """,
            arguments: ["--timeout", "2"],
            status: 1, expected: "did not finish within its time limit of 2.0 s"),
        Case(
            name: "two million atoms",
            source: "for n <- 1..2_000_000, do: String.to_atom(\"atom_#{n}\")\n",
            status: 1, expected: "the atom table is full"),
        Case(
            name: "an empty file",
            source: "",
            status: 0, expected: ""),
    ]

    @Test(arguments: cases) func runawayProgramEndsWithAClearMessage(_ runaway: Case) throws {
        let proctor = try ProctorBinary.fresh()
        try Data(runaway.bytes).write(to: proctor.folder.appendingPathComponent("runaway.exs"))
        let started = Date()
        let result = try proctor.run(["run", "--max-memory-mb", "300"] + runaway.arguments + ["runaway.exs"])
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status == runaway.status, "\(runaway.name): \(result.all)")
        #expect(runaway.expected.isEmpty ? result.all.isEmpty : result.all.contains(runaway.expected), "\(runaway.name): \(result.all)")
        #expect(!result.all.contains("Program crashed"), "\(runaway.name): \(result.all)")
        #expect(seconds < 120, "\(runaway.name) took \(Int(seconds)) s")
        #expect(result.all.split(separator: "\n").count < 30, "\(runaway.name): a report longer than a screen")
    }
}
