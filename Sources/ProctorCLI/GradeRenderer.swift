import Courseware

/// A grade report for the terminal: a line per test, the first failure in full (ExUnit's
/// report with its mailbox, then what that test printed, and a chart when several processes
/// took part), the other failing tests by name (or every failure in full with `expandAll`), and
/// what to do next. What the learner's code printed or raised, and test names, are shown with
/// control characters escaped (`VisibleText`), so only proctor's own styling reaches the terminal.
struct GradeRenderer {
    let style: TerminalStyle
    /// When message sequence charts are drawn.
    var charts = Charts.whenUseful
    /// Whether every failing test is shown in full (`proctor check --all`), not only the first.
    var expandAll = false

    /// The report of grading `file` for `exercise`.
    func render(_ report: GradeReport, file: String) -> String {
        if report.status == .error {
            var lines = [style.bold("\(file) does not load:"), "", VisibleText.escaped(report.message ?? "")]
            if !report.output.isEmpty { lines += ["", style.dim("It printed:"), VisibleText.escaped(report.output)] }
            return lines.joined(separator: "\n")
        }
        var lines = [style.bold("Checking \(report.exercise)") + style.dim(" (\(file))"), ""]
        lines += report.tests.map(testLine)
        let failures = report.tests.filter { $0.status != .pass }
        for (index, failure) in (expandAll ? failures : Array(failures.prefix(1))).enumerated() {
            let heading = index == 0 ? "First failing test" : "Failing test \(index + 1) of \(failures.count)"
            lines += failureLines(failure, heading: heading, exercise: report.exercise)
            lines += scheduleLines(failure, in: report)
        }
        if !expandAll, failures.count > 1 {
            lines += ["", style.bold("Also failing:")]
            lines += failures.dropFirst().map { "  " + style.fail("✗") + " " + VisibleText.escaped($0.name) }
            lines.append(style.dim("  `proctor check --all` shows every failure in full."))
        }
        lines += everyChart(report)
        lines += ["", "\(report.testsPassed) of \(report.tests.count) tests pass " + style.dim("(\(report.durationMilliseconds) ms)")]
        lines += heldLine(report)
        return lines.joined(separator: "\n")
    }

    /// One failing test in full: ExUnit's report, the test's code, and what it printed.
    private func failureLines(_ failure: GradeReport.TestResult, heading: String, exercise: String) -> [String] {
        var lines = ["", style.bold("\(heading): \(VisibleText.escaped(failure.name))")]
        lines += VisibleText.escaped(failure.message ?? "").split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "  " + $0 }
        lines += ["", style.dim("  The test (\(exercise)_test.exs:\(failure.line)):")]
        lines += failure.testCode.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + style.code(String($0)) }
        if !failure.output.isEmpty {
            lines += ["", style.dim("  What the test printed:")]
            lines += VisibleText.escaped(failure.output).split(separator: "\n").map { "    " + $0 }
        }
        return lines + failureChart(failure)
    }

    private func testLine(_ test: GradeReport.TestResult) -> String {
        switch test.status {
        case .pass: return "  " + style.pass("✓") + " " + VisibleText.escaped(test.name)
        case .fail, .error: return "  " + style.fail("✗") + " " + VisibleText.escaped(test.name)
        }
    }
}
