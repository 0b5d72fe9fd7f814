import Courseware

/// A grade report for the terminal: a line per test, the first failure in full
/// (ExUnit's report, then what that test printed), and what to do next. What the learner's code
/// printed or raised, and test names, are shown with control characters escaped
/// (`VisibleText`), so only proctor's own styling reaches the terminal.
struct GradeRenderer {
    let style: TerminalStyle
    /// When message sequence charts are drawn.
    var charts = Charts.whenUseful

    /// The report of grading `file` for `exercise`.
    func render(_ report: GradeReport, file: String) -> String {
        if report.status == .error {
            var lines = [style.bold("\(file) does not load:"), "", VisibleText.escaped(report.message ?? "")]
            if !report.output.isEmpty { lines += ["", style.dim("It printed:"), VisibleText.escaped(report.output)] }
            return lines.joined(separator: "\n")
        }
        var lines = [style.bold("Checking \(report.exercise)") + style.dim(" (\(file))"), ""]
        lines += report.tests.map(testLine)
        if let failure = report.firstFailure {
            lines += ["", style.bold("First failing test: \(VisibleText.escaped(failure.name))")]
            lines += VisibleText.escaped(failure.message ?? "").split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            lines += ["", style.dim("  The test (\(report.exercise)_test.exs:\(failure.line)):")]
            lines += failure.testCode.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + style.code(String($0)) }
            if !failure.output.isEmpty {
                lines += ["", style.dim("  What the test printed:")]
                lines += VisibleText.escaped(failure.output).split(separator: "\n").map { "    " + $0 }
            }
            lines += failureChart(failure)
        }
        lines += everyChart(report)
        lines += ["", "\(report.testsPassed) of \(report.tests.count) tests pass " + style.dim("(\(report.durationMilliseconds) ms)")]
        return lines.joined(separator: "\n")
    }

    private func testLine(_ test: GradeReport.TestResult) -> String {
        switch test.status {
        case .pass: return "  " + style.pass("✓") + " " + VisibleText.escaped(test.name)
        case .fail, .error: return "  " + style.fail("✗") + " " + VisibleText.escaped(test.name)
        }
    }
}
