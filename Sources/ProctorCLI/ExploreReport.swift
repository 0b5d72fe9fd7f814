import Courseware
import Language

/// What `proctor run --explore N FILE` prints: every distinct way the script ended under
/// the schedules tried, most frequent first, each with its count and the line that replays it.
struct ExploreReport {
    let file: String
    let count: Int

    /// The report of `outcomes`.
    func render(_ outcomes: [ScriptExplorer.Outcome]) -> String {
        let distinct = outcomes.count == 1 ? "1 distinct output" : "\(outcomes.count) distinct outputs"
        var lines = ["\(file) under \(count) schedule\(count == 1 ? "" : "s"): \(distinct)."]
        let ordered = outcomes.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }
        for (number, outcome) in ordered.map(\.element).enumerated() {
            lines += [""] + block(outcome, number: number + 1)
        }
        if outcomes.count > 1 {
            lines += ["", "The script's processes can run, and their messages arrive, in more than one order: each output above is a possible run."]
        }
        return lines.joined(separator: "\n")
    }

    private func block(_ outcome: ScriptExplorer.Outcome, number: Int) -> [String] {
        let times = outcome.count == 1 ? "1 schedule" : "\(outcome.count) schedules"
        var lines = ["Output \(number), under \(times) (exit code \(outcome.status)); replay: proctor run --schedule \(outcome.schedule.token) \(file)"]
        lines += shown(outcome.standardOutput, mark: "|")
        lines += shown(outcome.standardError, mark: "!")
        if outcome.standardOutput.isEmpty, outcome.standardError.isEmpty { lines.append("  (printed nothing)") }
        return lines
    }

    /// The text's lines, each after `mark` (`|` standard output, `!` standard error).
    private func shown(_ text: String, mark: String) -> [String] {
        guard !text.isEmpty else { return [] }
        let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
        return body.split(separator: "\n", omittingEmptySubsequences: false).map { "  \(mark) " + VisibleText.escaped(String($0)) }
    }
}
