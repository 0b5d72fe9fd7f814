import Runtime
import Terms

/// Runs one ExUnit test as ExUnit does — a process of its own, setups first, a timeout —
/// with what its processes print captured, and within a budget of reductions and wall time
/// so a runaway test cannot hold up the rest.
///
/// The verdict comes only from what the host observes: the test's process is spawned and
/// watched from here, and the test passed only when the VM saw that process's first
/// function (`ExUnit.Runner.exec_test/4`) return `:ok`. No message, exit reason or module
/// that guest code can forge takes part in it; anything the host cannot explain is a failure.
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
    /// Whether a timeout explains what its processes wait for, and a stopped runaway where it
    /// spins, instead of ExUnit's advice about mix (the grader); `proctor run` prints ExUnit's text.
    var explainsStops = false

    /// The guest function a test's process runs: setups, then the test; returns its result.
    static let testBody = RemoteName(module: Atom("Elixir.ExUnit.Runner"), function: Atom("exec_test"), arity: 5)
    /// The guest function that runs a module's `setup_all` callbacks; returns `{:ok, context}` or a failure.
    static let setupAllBody = RemoteName(module: Atom("Elixir.ExUnit.Runner"), function: Atom("exec_setup_all"), arity: 3)

    /// Runs `module`'s `setup_all` callbacks once, in a process of their own: the context every
    /// test of the module starts from, or the failure each of them then reports.
    func sharedContext(of module: ModuleCode) -> SharedContext {
        let context = Term.map(pairs: [(.atom("module"), .atom(module.name))])
        guard !module.setupAlls.isEmpty else { return .context(context, owner: nil) }
        guard let body = program.function(TestCaseRunner.setupAllBody) else {
            return .failed(TestFailureReport.graderFailure("its ExUnit runner is missing"))
        }
        let machine = Machine(program: program, function: body, arguments: [.atom(module.name), .list(module.setupAlls.map(Term.atom)), context])
        machine.exitOnReturn = .exit(.atom("shutdown"))
        machine.title = "setup_all"
        let sink = TeeOutputSink(forwardingTo: forwardOutput)
        guard let process = try? runtime.spawn(machine, options: SpawnOptions(logsCrashes: false), groupLeader: sink) else {
            return .failed(TestFailureReport.graderFailure("it could not start the setup_all process (the process table is full)"))
        }
        let deadline = ClockInstant(nanoseconds: runtime.now.nanoseconds + Int64(timeoutMilliseconds) * 1_000_000)
        _ = runtime.run(until: process.pid, limits: limits, deadline: deadline) { machine.reportedValue != nil }
        if case .tuple(let box)? = machine.reportedValue, box.elements.count == 2, box.elements[0] == .atom(.ok) {
            return .context(box.elements[1], owner: process.pid)
        }
        guard let result = machine.finalValue else {
            return .failed(TestFailureReport.graderFailure("the module's setup_all did not finish"))
        }
        let failure = TestFailureReport.failure(fromTestResult: result, sources: sources, moduleLines: moduleLines(module))
        return .failed(failure ?? TestFailureReport.graderFailure("the module's setup_all returned \(result.inspect())"))
    }

    /// Ends the process that ran the module's `setup_all` once its tests have run: what it
    /// started under its supervisor stops, its `on_exit` callbacks run, and it exits `:shutdown`,
    /// taking the processes linked to it along, as ExUnit's does.
    func finishModule(_ shared: SharedContext) {
        guard case .context(_, let owner?) = shared else { return }
        runtime.send(.atom("$proctor_module_done"), to: owner)
        let deadline = ClockInstant(nanoseconds: runtime.now.nanoseconds + Int64(timeoutMilliseconds) * 1_000_000)
        _ = runtime.run(until: owner, limits: limits, deadline: deadline)
        if runtime.process(owner)?.isAlive == true { runtime.kill(owner) }
        if forwardOutput == nil { runtime.flushErrorLog() }
    }

    /// Runs `test` of `module`, starting from `shared` (what its `setup_all` gave), and reports how it ended.
    func run(_ test: TestDefinition, in module: ModuleCode, shared: SharedContext) -> TestOutcome {
        let sink = TeeOutputSink(forwardingTo: forwardOutput)
        let failure: TestFailure?
        switch shared {
        case .context(let context, _): failure = self.failure(running: test, in: module, shared: context, output: sink)
        case .failed(let setupFailure): failure = setupFailure
        }
        if forwardOutput == nil { runtime.flushErrorLog() }
        return TestOutcome(
            module: TestCaseRunner.displayModule(module.name), name: test.name, line: test.line, file: module.file,
            failure: failure, output: sink.captured)
    }

    private func failure(running test: TestDefinition, in module: ModuleCode, shared: Term, output: TeeOutputSink) -> TestFailure? {
        guard let body = program.function(TestCaseRunner.testBody) else {
            return TestFailureReport.graderFailure("its ExUnit runner is missing")
        }
        let tags = test.tags.map { (Term.atom($0.key), $0.value) }
        let context = Term.map(pairs: tags + [(.atom("test"), .atom(test.function)), (.atom("module"), .atom(module.name)), (.atom("case"), .atom(module.name))])
        let arguments: [Term] = [.atom(module.name), .list(module.setups.map(Term.atom)), .atom(test.function), context, shared]
        let alreadyAlive = Set(runtime.livePids)
        let stopsBefore = runtime.memoryStops.count
        let machine = Machine(program: program, function: body, arguments: arguments)
        machine.exitOnReturn = .exit(.atom("shutdown"))
        machine.title = "the test"
        guard let process = try? runtime.spawn(machine, options: SpawnOptions(logsCrashes: false), groupLeader: output) else {
            return TestFailureReport.graderFailure("it could not start the test's process (the process table is full)")
        }
        let timeout = test.timeout ?? .milliseconds(timeoutMilliseconds)
        var deadline: ClockInstant?
        if case .milliseconds(let milliseconds) = timeout {
            deadline = ClockInstant(nanoseconds: runtime.now.nanoseconds + Int64(milliseconds) * 1_000_000)
        }
        let outcome = runtime.run(until: process.pid, limits: limits, deadline: deadline)
        if let status = program.haltStatus {
            program.haltStatus = nil
            stopProcesses(except: alreadyAlive)
            return TestFailureReport.haltFailure(status: status)
        }
        if runtime.memoryStops.count > stopsBefore {
            let stop = runtime.memoryStops[stopsBefore]
            stopProcesses(except: alreadyAlive)
            return TestFailureReport.memoryFailure(stop)
        }
        switch outcome {
        case .exited(let record):
            if let result = machine.finalValue {
                return TestFailureReport.failure(fromTestResult: result, sources: sources, moduleLines: moduleLines(module))
            }
            let message = record.killedBy.flatMap { program.crashMessages[$0] }
            return TestFailureReport.exitFailure(testProcess: process.pid, reason: record.reason, message: message)
        case .deadlineReached, .deadlock:
            let started = runtime.livePids.filter { !alreadyAlive.contains($0) }
            let explanation = explainsStops ? StuckReport.lines(for: started, first: process.pid, in: runtime) : nil
            let stack = machine.currentStacktrace()
            stopProcesses(except: alreadyAlive)
            guard case .milliseconds(let milliseconds) = timeout else { return TestFailureReport.stuckFailure(explanation: explanation) }
            return TestFailureReport.timeoutFailure(milliseconds: milliseconds, stacktrace: stack, sources: sources, explanation: explanation)
        case .budgetExhausted:
            let started = Set(runtime.livePids.filter { !alreadyAlive.contains($0) })
            let spinning = explainsStops ? RunawayReport.lines(in: runtime, among: started) : []
            stopProcesses(except: alreadyAlive)
            let failure = TestFailureReport.budgetFailure(limits)
            return TestFailure(kind: failure.kind, lines: failure.lines + spinning, code: nil, left: nil, right: nil)
        case .finished:
            return TestFailureReport.graderFailure("the test's process vanished without an exit")
        }
    }

    /// Where `module` is defined, by the name its frames print (`MyTest`), for its callbacks' frames.
    private func moduleLines(_ module: ModuleCode) -> [String: Int] {
        [TestCaseRunner.displayModule(module.name): module.line]
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

/// What a module's tests start from: the context its `setup_all` callbacks gave, or their failure.
enum SharedContext {
    /// The context, and the process that made it, which lives until the module's tests end.
    case context(Term, owner: Pid?)
    case failed(TestFailure)
}
