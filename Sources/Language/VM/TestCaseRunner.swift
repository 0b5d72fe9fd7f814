import Runtime
import Terms

/// Runs one ExUnit test as ExUnit does — a monitored process of its own, setups first,
/// a timeout — with what its processes print captured, and within a budget of reductions
/// and wall time so a runaway test cannot hold up the rest.
struct TestCaseRunner {
    let program: Program
    let runtime: Runtime
    /// Where the test's output goes besides being captured (the terminal for `proctor run`).
    let forwardOutput: (any OutputSink)?
    /// ExUnit's per-test timeout, in milliseconds of the runtime's clock.
    let timeoutMilliseconds: Int
    /// The budget the test may spend before proctor stops it.
    let limits: RunLimits
    /// The loaded files' lines, by file name, for a failure's `code:` line.
    let sources: [String: [Substring]]

    /// Runs `test` of `module` and reports how it ended.
    func run(_ test: TestDefinition, in module: ModuleCode) -> TestOutcome {
        let sink = TeeOutputSink(forwardingTo: forwardOutput)
        let failure = failure(running: test, in: module, output: sink)
        if forwardOutput == nil { runtime.flushErrorLog() }
        return TestOutcome(
            module: TestCaseRunner.displayModule(module.name), name: test.name, line: test.line,
            failure: failure, output: sink.captured)
    }

    private func failure(running test: TestDefinition, in module: ModuleCode, output: TeeOutputSink) -> TestFailure? {
        let runnerName = RemoteName(module: Atom("Elixir.ExUnit.Runner"), function: Atom("run_test"), arity: 5)
        guard let runnerCode = program.function(runnerName) else {
            return TestFailure(kind: .exception, lines: ["** (proctor) the ExUnit runner is missing"], code: nil, left: nil, right: nil)
        }
        let context = Term.map(pairs: [(.atom("test"), .atom(test.function)), (.atom("module"), .atom(module.name))])
        let arguments: [Term] = [
            .atom(module.name), .list(module.setups.map(Term.atom)), .atom(test.function), context, .int(timeoutMilliseconds),
        ]
        let alreadyAlive = Set(runtime.livePids)
        let stopsBefore = runtime.memoryStops.count
        let machine = Machine(program: program, function: runnerCode, arguments: arguments)
        guard let runner = try? runtime.spawn(machine, options: SpawnOptions(logsCrashes: false), groupLeader: output) else {
            return TestFailure(kind: .exception, lines: ["** (SystemLimitError) a system limit has been reached"], code: nil, left: nil, right: nil)
        }
        let outcome = runtime.run(until: runner.pid, limits: limits)
        if runtime.memoryStops.count > stopsBefore {
            let stop = runtime.memoryStops[stopsBefore]
            stopProcesses(except: alreadyAlive)
            return TestFailureReport.memoryFailure(stop)
        }
        switch outcome {
        case .exited(let record):
            return TestFailureReport.failure(fromRunnerExit: record.reason, sources: sources)
        case .budgetExhausted:
            stopProcesses(except: alreadyAlive)
            return TestFailureReport.budgetFailure(limits)
        case .deadlock, .finished:
            return TestFailure(kind: .exception, lines: ["** (proctor) the test runner stopped unexpectedly"], code: nil, left: nil, right: nil)
        }
    }

    /// Kills every process the test started (the runaway ones among them), so later tests get the machine.
    private func stopProcesses(except alreadyAlive: Set<Pid>) {
        for pid in runtime.livePids where !alreadyAlive.contains(pid) { runtime.kill(pid) }
        _ = runtime.runWhileRunnable(limits: RunLimits(reductions: 100_000))
    }

    /// `HelloTest` for `Elixir.HelloTest`, `:hello_test` for an Erlang-style name.
    static func displayModule(_ name: Atom) -> String {
        name.name.hasPrefix("Elixir.") ? String(name.name.dropFirst(7)) : ":" + name.name
    }
}
