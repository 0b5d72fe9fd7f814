import Courseware

/// The mutation check's lines in `dev check`: one per exercise, and the totals.
struct MutationSummary {
    private var generated = 0
    private var killed = 0
    private var survivors = 0
    private var equivalents = 0
    private var milliseconds = 0

    /// The line for one exercise (with each equivalent mutant and its reason), counted into the totals.
    mutating func add(_ report: MutationReport) -> String {
        generated += report.outcomes.count
        killed += report.killed.count + report.invalid.count
        survivors += report.survivors.count
        equivalents += report.equivalents.count
        milliseconds += report.milliseconds
        var lines = ["  mutants of \(report.exercise.id): \(counts(report.outcomes.count, report.killed.count, report.survivors.count, report.equivalents.count)) (\(report.milliseconds) ms)"]
        lines += report.equivalents.map { "    equivalent `\($0.mutant.id)`: \($0.reason)" }
        return lines.joined(separator: "\n")
    }

    /// Every mutant of the report, one a line: its id and the first test it failed, or how it lived.
    static func listing(_ report: MutationReport) -> String {
        report.outcomes.map { outcome in
            let verdict: String
            switch outcome.grade {
            case .pass: verdict = "passes every test"
            case .error: verdict = "does not load"
            case .fail: verdict = "fails \"\(outcome.killedBy ?? "?")\""
            }
            return "    \(outcome.mutant.id): \(verdict)"
        }.joined(separator: "\n")
    }

    /// The totals over the course.
    var total: String {
        "mutation check: \(counts(generated, killed, survivors, equivalents)) in \(milliseconds) ms"
    }

    private func counts(_ generated: Int, _ killed: Int, _ survivors: Int, _ equivalents: Int) -> String {
        "\(generated) generated, \(killed) killed, \(survivors) surviving, \(equivalents) equivalent"
    }
}
