import Language
import Runtime

/// A `trace` block of a lesson: the message sequence chart proctor draws for the `elixir`
/// block just before it, recorded in the lesson and checked by the lesson tests and
/// `dev check`, so what the lesson shows never drifts from what `proctor run --trace` prints.
public struct LessonChart: Sendable {
    /// The width lesson charts are drawn at (they are read inside an 80-column page).
    public static let width = 76

    /// The program the chart is of.
    public let source: String
    /// The chart as the lesson shows it.
    public let text: String
    /// The line of the block's opening fence.
    public let line: Int
    /// The lesson file it belongs to.
    public let file: String

    /// A chart of `source`, shown as `text`, from the fence at `line` of `file`.
    public init(source: String, text: String, line: Int, file: String) {
        self.source = source
        self.text = text
        self.line = line
        self.file = file
    }

    /// The chart proctor draws for the program now: run on the virtual clock, uncoloured.
    public func drawn() -> String {
        let recorder = TraceRecorder()
        let runner = ScriptRunner(output: CapturingOutputSink(), clock: .virtual, observer: recorder.observer)
        _ = runner.run(source: source, file: "example.exs")
        return SequenceChart(recorder.snapshot, width: LessonChart.width).lines().joined(separator: "\n")
    }
}
