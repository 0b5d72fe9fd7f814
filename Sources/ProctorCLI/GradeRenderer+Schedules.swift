import Courseware

/// What a grade report says about schedules: under a test that failed only under another
/// schedule, how it was found, the race in words and the line that replays it; under a pass,
/// how many schedules every test held under.
extension GradeRenderer {
    /// The lines about the schedule `failure` failed under, when it is the report's schedule failure.
    func scheduleLines(_ failure: GradeReport.TestResult, in report: GradeReport) -> [String] {
        guard let found = report.schedules?.failure, found.test == failure.name else { return [] }
        let others = found.schedulesTried - 1
        let opening = found.replayed
            ? style.bold("It fails under the schedule \(found.token) you asked to replay") + " (it passes under the default one)."
            : style.bold("A race:") + " this test passes under the default schedule, but it failed under 1 of the \(found.schedulesTried) schedules tried (the default and \(others) other\(others == 1 ? "" : "s"): other orders in which processes run and messages arrive)."
        var lines = [""]
        for paragraph in [opening] + found.explanation {
            lines.append(WordWrap.pack(paragraph.split(separator: " "), first: "  ", continuation: "  ", width: TerminalStyle.width))
        }
        lines += ["", style.dim("  Replay exactly this interleaving:"), "    " + style.code("proctor check \(report.exercise) --schedule \(found.token)")]
        return lines
    }

    /// The line under a pass about the schedules it held under, or nothing when it did not explore.
    func heldLine(_ report: GradeReport) -> [String] {
        guard report.status == .pass, let verdict = report.schedules, verdict.failure == nil, verdict.heldUnder > 1 else { return [] }
        return [style.dim("Every test held under \(verdict.heldUnder) schedules (the default and \(verdict.heldUnder - 1) others).")]
    }
}
