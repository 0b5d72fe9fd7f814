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
    /// The script's text, for the `code:` line of a failure.
    let source: String

    /// Runs every test; returns the exit code (0 when all passed, 2 otherwise). Tests
    /// `ExUnit.start(exclude: ...)` leaves out are counted as excluded, `@tag :skip` ones as skipped.
    func run() -> Int32 {
        let options = program.exUnitOptions
        output.write(filterLines(options), to: .standardOutput)
        var counts = (total: 0, failures: 0, excluded: 0, skipped: 0)
        let started = runtime.now
        let runner = TestCaseRunner(program: program, runtime: runtime, forwardOutput: output, timeoutMilliseconds: options.timeoutMilliseconds,
            limits: .unlimited, sources: [file: source.lineSlices])
        for module in program.testModules {
            let shared = runner.sharedContext(of: module)
            for test in module.tests {
                counts.total += 1
                if options.excludes(test.tags + [(Atom("test"), .atom(test.function)), (Atom("module"), .atom(module.name))]) {
                    counts.excluded += 1
                } else if test.isSkipped {
                    counts.skipped += 1
                    output.write("*", to: .standardOutput)
                } else {
                    let outcome = runner.run(test, in: module, shared: shared)
                    guard let failure = outcome.failure else {
                        output.write(".", to: .standardOutput)
                        continue
                    }
                    counts.failures += 1
                    output.write(report(failure, outcome: outcome, number: counts.failures), to: .standardOutput)
                }
            }
        }
        let times = finishedLine(load: started.nanoseconds, run: runtime.now.nanoseconds - started.nanoseconds)
        output.write("\n\(times)\n\(summary(counts))\n\nRandomized with seed \(options.seed)\n", to: .standardOutput)
        return counts.failures == 0 ? 0 : 2
    }

    /// `Excluding tags: [:slow]` and `Including tags: [...]`, then a blank line, as ExUnit starts when given filters.
    private func filterLines(_ options: ExUnitOptions) -> String {
        var lines: [String] = []
        if !options.exclude.isEmpty { lines.append("Excluding tags: \(Term.list(options.exclude).inspect())") }
        if !options.include.isEmpty { lines.append("Including tags: \(Term.list(options.include).inspect())") }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n\n"
    }

    /// `3 tests, 1 failure, 1 excluded, 2 skipped`.
    private func summary(_ counts: (total: Int, failures: Int, excluded: Int, skipped: Int)) -> String {
        var text = "\(counts.total) test\(counts.total == 1 ? "" : "s"), \(counts.failures) failure\(counts.failures == 1 ? "" : "s")"
        if counts.excluded > 0 { text += ", \(counts.excluded) excluded" }
        if counts.skipped > 0 { text += ", \(counts.skipped) skipped" }
        return text
    }

    /// A failure as ExUnit's CLI formatter prints it: two blank lines, `  1) test name (Module)`,
    /// the location, the failure's lines, and a blank line after it.
    private func report(_ failure: TestFailure, outcome: TestOutcome, number: Int) -> String {
        let counter = number < 10 ? "  \(number)) " : number < 100 ? " \(number)) " : "\(number)) "
        let lines = ["", "", counter + "test \(outcome.name) (\(outcome.module))", "     \(file):\(outcome.line)"] + failure.printedLines
        return lines.joined(separator: "\n") + "\n\n"
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
