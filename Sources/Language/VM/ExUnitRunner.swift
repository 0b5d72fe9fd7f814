import Runtime
import Terms

/// Runs the test modules of a script after it finishes, as `ExUnit.start()` arranges:
/// each test in its own process, a dot per pass, a numbered block per failure,
/// then `N tests, N failures`. With `trace: true`, a line per test under its module's name.
struct ExUnitRunner {
    let program: Program
    let runtime: Runtime
    let output: any OutputSink
    let file: String
    /// The script's text, for the `code:` line of a failure.
    let source: String

    /// What the run counted, for the summary line.
    fileprivate struct Counts {
        var total = 0, failures = 0, excluded = 0, invalid = 0, skipped = 0
    }

    /// How one test ended, as the trace line and the progress mark show it.
    fileprivate enum Verdict {
        case passed, failed(TestFailure, TestOutcome), excluded, skipped, invalid
    }

    /// Runs every test; returns the exit code (0 when all passed, 2 otherwise). A failure is printed
    /// once the next test has run, as ExUnit's formatter, busy laying it out, prints it after
    /// what that test writes. Tests
    /// `ExUnit.start(exclude: ...)` leaves out are counted as excluded, `@tag :skip` ones as skipped,
    /// and those of a module whose `setup_all` failed as invalid, as ExUnit counts them.
    func run() -> Int32 {
        let options = program.exUnitOptions
        output.write(filterLines(options), to: .standardOutput)
        var counts = Counts()
        let started = runtime.now
        let runner = TestCaseRunner(program: program, runtime: runtime, forwardOutput: output, timeoutMilliseconds: options.timeoutMilliseconds,
            limits: .unlimited, sources: [file: source.lineSlices])
        var pendingFailure = ""
        for module in program.testModules {
            if options.trace { output.write("\n\(TestCaseRunner.displayModule(module.name)) [\(module.file)]\n", to: .standardOutput) }
            let shared = runner.sharedContext(of: module)
            for test in module.tests {
                let testStarted = runtime.now
                if options.trace { output.write("  * test \(test.name) [L#\(test.line)]\r", to: .standardOutput) }
                let verdict = self.verdict(of: test, in: module, shared: shared, runner: runner, options: options)
                counts.record(verdict)
                let elapsed = runtime.now.nanoseconds - testStarted.nanoseconds
                let shown = mark(verdict, test: test, elapsed: elapsed, failures: counts.failures, trace: options.trace)
                output.write(pendingFailure, to: .standardOutput)
                pendingFailure = ""
                if case .failed = verdict, !options.trace { pendingFailure = shown } else { output.write(shown, to: .standardOutput) }
            }
            runner.finishModule(shared)
            if case .failed(let failure) = shared, !module.tests.isEmpty {
                output.write(pendingFailure, to: .standardOutput)
                pendingFailure = ""
                output.write(setupAllReport(failure, module: module, number: counts.failures, trace: options.trace), to: .standardOutput)
            }
        }
        output.write(pendingFailure, to: .standardOutput)
        let times = finishedLine(load: started.nanoseconds, run: runtime.now.nanoseconds - started.nanoseconds)
        output.write("\n\(times)\n\(counts.summary)\n\nRandomized with seed \(options.seed)\n", to: .standardOutput)
        return counts.failures == 0 && counts.invalid == 0 ? 0 : 2
    }

    private func verdict(of test: TestDefinition, in module: ModuleCode, shared: SharedContext, runner: TestCaseRunner, options: ExUnitOptions) -> Verdict {
        if options.excludes(test.tags + [(Atom("test"), .atom(test.function)), (Atom("module"), .atom(module.name))]) { return .excluded }
        if test.isSkipped { return .skipped }
        if case .failed = shared { return .invalid }
        let outcome = runner.run(test, in: module, shared: shared)
        guard let failure = outcome.failure else { return .passed }
        return .failed(failure, outcome)
    }

    /// What a test leaves in the output: `.`, `*`, `?` or its failure block; with `trace`, the
    /// end of its line (`  * test name (0.05ms) [L#4]`) and then any failure block.
    private func mark(_ verdict: Verdict, test: TestDefinition, elapsed: Int64, failures: Int, trace: Bool) -> String {
        let block: String
        switch verdict {
        case .failed(let failure, let outcome): block = report(failure, outcome: outcome, number: failures)
        default: block = ""
        }
        guard trace else {
            switch verdict {
            case .passed: return "."
            case .skipped: return "*"
            case .invalid: return "?"
            case .excluded: return ""
            case .failed: return block
            }
        }
        let status: String
        switch verdict {
        case .excluded: status = "excluded"
        case .skipped: status = "skipped"
        case .invalid: status = "0.00ms"
        default: status = TraceTime.milliseconds(nanoseconds: elapsed) + "ms"
        }
        return "  * test \(test.name) (\(status)) [L#\(test.line)]\n" + block.dropFirst()
    }

    /// `Excluding tags: [:slow]` and `Including tags: [...]`, then a blank line, as ExUnit starts when given filters.
    private func filterLines(_ options: ExUnitOptions) -> String {
        var lines: [String] = []
        if !options.exclude.isEmpty { lines.append("Excluding tags: \(Term.list(options.exclude).inspect())") }
        if !options.include.isEmpty { lines.append("Including tags: \(Term.list(options.include).inspect())") }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n\n"
    }

    /// A failure as ExUnit's CLI formatter prints it: two blank lines, `  1) test name (Module)`,
    /// the location, the failure's lines, and a blank line after it.
    private func report(_ failure: TestFailure, outcome: TestOutcome, number: Int) -> String {
        let lines = ["", "", counter(number) + "test \(outcome.name) (\(outcome.module))", "     \(file):\(outcome.line)"] + failure.printedLines
        return lines.joined(separator: "\n") + "\n\n"
    }

    /// A failed `setup_all`, after the module's tests: numbered with the failures so far, as ExUnit does.
    private func setupAllReport(_ failure: TestFailure, module: ModuleCode, number: Int, trace: Bool) -> String {
        let heading = counter(number) + "\(TestCaseRunner.displayModule(module.name)): failure on setup_all callback, all tests have been invalidated"
        let text = (["", "", heading] + failure.printedLines).joined(separator: "\n") + "\n\n"
        return trace ? String(text.dropFirst()) : text
    }

    /// `  1) `, ` 10) `, `100) `: the number right-aligned in ExUnit's margin.
    private func counter(_ number: Int) -> String {
        number < 10 ? "  \(number)) " : number < 100 ? " \(number)) " : "\(number)) "
    }

    /// `Finished in 0.1 seconds (0.05s on load, 0.00s async, 0.05s sync)`: the tests run one at a
    /// time, so all of their time is sync.
    private func finishedLine(load: Int64, run: Int64) -> String {
        let loadHundredths = load / 10_000_000
        let runHundredths = run / 10_000_000
        let total = format(hundredths: loadHundredths + runHundredths)
        return "Finished in \(total) seconds (\(format(hundredths: loadHundredths))s on load, 0.00s async, \(format(hundredths: runHundredths))s sync)"
    }

    /// ExUnit's rounding of a duration: `0.0N` under a tenth of a second, else tenths.
    private func format(hundredths: Int64) -> String {
        hundredths < 10 ? "0.0\(hundredths)" : "\(hundredths / 100).\((hundredths / 10) % 10)"
    }
}

extension ExUnitRunner.Counts {
    mutating func record(_ verdict: ExUnitRunner.Verdict) {
        total += 1
        switch verdict {
        case .passed: break
        case .failed: failures += 1
        case .excluded: excluded += 1
        case .skipped: skipped += 1
        case .invalid: invalid += 1
        }
    }

    /// `5 tests, 1 failure, 1 excluded, 1 invalid, 1 skipped`, in ExUnit's order.
    var summary: String {
        var text = "\(total) test\(total == 1 ? "" : "s"), \(failures) failure\(failures == 1 ? "" : "s")"
        if excluded > 0 { text += ", \(excluded) excluded" }
        if invalid > 0 { text += ", \(invalid) invalid" }
        if skipped > 0 { text += ", \(skipped) skipped" }
        return text
    }
}
