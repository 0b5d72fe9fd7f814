import Courseware
import Foundation
import Testing

/// Runaway solutions under `proctor check`: the first failing test says what happened, proctor
/// ends within its time limit with exit code 1, and the attempt is recorded.
@Suite struct RunawaySolutionTests {
    /// A `Sleepy` module (the first exercise) that runs away, and what the report must say.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let body: String
        let expected: String
        let passing: Int
        /// The check's `--timeout`: short where the time limit is what stops the code, else
        /// long enough that a loaded machine still reaches the real cause first.
        var timeout = 60
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "an infinite loop in the test process",
            body: "def start(ms), do: loop(ms)\ndefp loop(n), do: loop(n + 1)",
            expected: "the test did not finish within its budget", passing: 0, timeout: 5),
        Case(
            name: "an infinite loop in a spawned process",
            body: "def start(ms), do: spawn(fn -> loop(ms) end)\ndefp loop(n), do: loop(n + 1)",
            expected: "Expected false or nil, got true", passing: 3),
        Case(
            name: "unbounded non-tail recursion",
            body: "def start(ms), do: 1 + start(ms + 1)",
            expected: "calls deep in a recursion that did not end", passing: 0),
        Case(
            name: "a spawn bomb",
            body: "def start(_ms), do: Enum.each(1..10_000_000, fn _ -> spawn(fn -> Process.sleep(:infinity) end) end)",
            expected: "processes were alive (spawn in a loop that never ends?)", passing: 0),
        Case(
            name: "a list that grows without end",
            body: "def start(_ms), do: grow([])\ndefp grow(list), do: grow([:x | list])",
            expected: "** (proctor) out of memory", passing: 0),
        Case(
            name: "a receive that never matches",
            body: "def start(_ms), do: receive(do: (:never -> :ok))",
            expected: "** (ExUnit.TimeoutError) test timed out after 60000ms", passing: 0),
        Case(
            name: "a giant binary",
            body: "def start(_ms), do: String.duplicate(\"x\", 5_000_000_000)",
            expected: "** (SystemLimitError) a system limit has been reached", passing: 0),
    ]

    @Test(arguments: cases) func runawaySolutionFailsWithAClearReport(_ runaway: Case) throws {
        var proctor = try ProctorBinary.fresh(user: "runaway")
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        let first = try #require(try Course.embedded().exercises.first)
        let path = Workspace.relativePath(of: first.exercise, in: first.lesson)
        let body = runaway.body.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        try proctor.write("defmodule Sleepy do\n\(body)\nend\n", to: path)

        let started = Date()
        let result = try proctor.run(["check", first.exercise.id, "--timeout", "\(runaway.timeout)", "--max-memory-mb", "150"])
        let seconds = Date().timeIntervalSince(started)

        #expect(result.status == 1, "\(runaway.name): \(result.all)")
        #expect(result.all.contains("First failing test:"), "\(runaway.name): \(result.all)")
        #expect(result.all.contains(runaway.expected), "\(runaway.name): \(result.all)")
        #expect(result.all.contains("\(runaway.passing) of 4 tests pass"), "\(runaway.name): \(result.all)")
        #expect(!result.all.contains("Program crashed"), "\(runaway.name): \(result.all)")
        #expect(seconds < 90, "\(runaway.name) took \(Int(seconds)) s")
        let progress = try proctor.run(["progress", "--json"])
        #expect(progress.standardOutput.contains("\"attempts\" : 1"), "\(runaway.name): \(progress.all)")
    }
}

/// What a check shows of a flood of output is bounded: the start and the end of what each test
/// printed, the lines between counted, identical reports from many processes folded into one line.
@Suite struct FloodedOutputTests {
    @Test(arguments: [
        ("prints 300,000 lines", "def start(_ms), do: Enum.each(1..300_000, fn i -> IO.puts(\"line #{i}\") end)", "more lines ..."),
        (
            "crashes 20,000 processes the same way",
            "def start(_ms), do: Enum.each(1..20_000, fn _ -> spawn(fn -> raise \"boom\" end) end)",
            "[the same output"
        ),
    ])
    func floodIsShownBounded(name: String, body: String, expected: String) throws {
        var proctor = try ProctorBinary.fresh(user: "flood")
        _ = try proctor.run(["init", "ws"])
        proctor.folder = proctor.folder.appendingPathComponent("ws")
        let first = try #require(try Course.embedded().exercises.first)
        try proctor.write("defmodule Sleepy do\n  \(body)\nend\n", to: Workspace.relativePath(of: first.exercise, in: first.lesson))

        let result = try proctor.run(["check", first.exercise.id])

        #expect(result.status == 1, "\(name): \(result.all.prefix(2_000))")
        #expect(result.all.contains(expected), "\(name): \(result.all.prefix(2_000))")
        #expect(result.all.utf8.count < 400_000, "\(name): \(result.all.utf8.count) bytes")
    }
}
