import Runtime
import Terms

/// Runs the test modules of a script after it finishes, as `ExUnit.start()` arranges:
/// each test in its own process, a dot per pass, a numbered block per failure,
/// then `N tests, N failures`.
struct ExUnitRunner {
    let program: Program
    let runtime: Runtime
    let output: any OutputSink
    let file: String

    /// Runs every test; returns the exit code (0 when all passed, 2 otherwise).
    func run() -> Int32 {
        var total = 0
        var failures = 0
        let started = runtime.now
        for module in program.testModules {
            for test in module.tests {
                total += 1
                if let failure = runTest(test, in: module) {
                    failures += 1
                    output.write(report(failure, test: test, module: module, number: failures), to: .standardOutput)
                } else {
                    output.write(".", to: .standardOutput)
                }
            }
        }
        let seconds = Double(runtime.now.nanoseconds - started.nanoseconds) / 1e9
        let summary = "\(total) test\(total == 1 ? "" : "s"), \(failures) failure\(failures == 1 ? "" : "s")"
        output.write("\nFinished in \(formatSeconds(seconds)) seconds\n\(summary)\n", to: .standardOutput)
        return failures == 0 ? 0 : 2
    }

    /// Runs one test in a fresh process; returns its exit reason when it failed.
    private func runTest(_ test: TestDefinition, in module: ModuleCode) -> Term? {
        guard let runner = program.function(RemoteName(module: Atom("Elixir.ExUnit.Runner"), function: Atom("run_test"), arity: 4)) else {
            return .atom("no_runner")
        }
        let context = Term.map(pairs: [(.atom("test"), .atom(test.function)), (.atom("module"), .atom(module.name))])
        let arguments: [Term] = [.atom(module.name), .list(module.setups.map(Term.atom)), .atom(test.function), context]
        guard let spawned = try? runtime.spawn(Machine(program: program, function: runner, arguments: arguments), options: SpawnOptions(logsCrashes: false)) else {
            return .atom("system_limit")
        }
        switch runtime.run(until: spawned.pid, limits: RunLimits(wallTimeNanoseconds: 60_000_000_000)) {
        case .exited(let record):
            return record.reason == .atom(.normal) ? nil : record.reason
        case .budgetExhausted:
            return .atom("timeout")
        case .deadlock, .finished:
            return .atom("deadlock")
        }
    }

    private func report(_ reason: Term, test: TestDefinition, module: ModuleCode, number: Int) -> String {
        var lines = ["", "", "  \(number)) test \(test.name) (\(displayModule(module.name)))", "     \(file):\(test.line)"]
        lines += failureLines(reason).map { "     " + $0 }
        return lines.joined(separator: "\n") + "\n"
    }

    private func failureLines(_ reason: Term) -> [String] {
        guard case .tuple(let box) = reason, box.elements.count == 2, case .map(let fields) = box.elements[0],
            fields.get(.atom("__exception__")) == .true
        else {
            return ["** (exit) \(reason.inspect())"]
        }
        let exception = box.elements[0]
        guard ExceptionFormatter.moduleName(exception) == "ExUnit.AssertionError" else {
            return [ExceptionFormatter.banner(exception)]
        }
        var lines = ExceptionFormatter.message(exception).split(separator: "\n").map(String.init)
        let noValue = ExUnitBuiltins.noValue
        let left = fields.get(.atom("left")) ?? noValue
        let right = fields.get(.atom("right")) ?? noValue
        let hasValues = left != noValue || right != noValue
        if case .binary = fields.get(.atom("expr")) ?? .nil, case .success(let code) = (fields.get(.atom("expr")) ?? .nil).toDisplayString() {
            lines.append((hasValues ? "code:  " : "code: ") + code)
        }
        if left != noValue { lines.append((right != noValue ? "left:  " : "left: ") + left.inspect()) }
        if right != noValue { lines.append("right: " + right.inspect()) }
        return lines
    }

    private func displayModule(_ name: Atom) -> String {
        name.name.hasPrefix("Elixir.") ? String(name.name.dropFirst(7)) : ":" + name.name
    }

    private func formatSeconds(_ seconds: Double) -> String {
        let tenths = (seconds * 10).rounded() / 10
        return tenths < 0.1 ? "0.00" : String(tenths)
    }
}
