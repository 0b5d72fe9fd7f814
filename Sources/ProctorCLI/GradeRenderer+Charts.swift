import Courseware

/// The message sequence charts of a grade report: a compact one under a failing test in
/// which more than one process took part, or a full one for every test (`check --trace`).
extension GradeRenderer {
    /// When charts are drawn.
    enum Charts {
        /// Under the first failure, when more than one process took part: its last rows.
        case whenUseful
        /// For every test, whole.
        case everyTest
    }

    /// Rows of a compact chart under a failure.
    static let compactRows = 14

    /// The compact chart under `failure`, or nothing when one process did everything.
    func failureChart(_ failure: GradeReport.TestResult) -> [String] {
        guard charts == .whenUseful, let trace = failure.trace, trace.processCount > 1 else { return [] }
        let chart = SequenceChart(trace, width: TerminalStyle.width - 4, colour: style.enabled)
        return ["", style.dim("  What the processes did (the last events; `proctor check --trace` shows them all):")]
            + chart.lines(lastRows: GradeRenderer.compactRows).map { "    " + $0 }
    }

    /// A full chart for every test of `report`, when asked for.
    func everyChart(_ report: GradeReport) -> [String] {
        guard charts == .everyTest else { return [] }
        var lines: [String] = []
        for test in report.tests {
            guard let trace = test.trace else { continue }
            lines += ["", style.bold("What the processes did in \"\(test.name)\":")]
            lines += SequenceChart(trace, width: TerminalStyle.width - 2, colour: style.enabled).lines().map { "  " + $0 }
        }
        return lines
    }
}
