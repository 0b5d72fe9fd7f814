import Terms

/// The body of the error logger's process.
///
/// As with Elixir's Logger, a report is not written when it is made: it waits
/// in this queue until the logger process gets its turn in the run queue. So a
/// report comes out before the output of processes woken after it, and a
/// crash that brings the whole script down at once (a linked main process)
/// ends the run before its report appears, as in Elixir.
final class LoggerBody: ProcessBody {
    private var pending: [(text: String, groupLeader: any OutputSink)] = []
    /// The least severe level `Logger` prints (`Logger.configure(level: ...)`); `:debug` prints all.
    var level = Atom("debug")

    /// Whether reports wait to be written.
    var hasPendingReports: Bool { !pending.isEmpty }

    /// The log captures on, oldest first.
    private var captures: [LogCapture] = []
    private var nextCaptureID = 1

    /// Queues `text`, a report at `level`, for `groupLeader`'s standard output; while captures
    /// are on, the captures that accept the level keep it instead and nothing is printed.
    func enqueue(_ text: String, level: Atom, for groupLeader: any OutputSink) {
        guard captures.isEmpty else {
            for capture in captures where capture.accepts(level) { capture.keep(text) }
            return
        }
        pending.append((text, groupLeader))
    }

    /// Starts a capture keeping the reports `accepts` takes.
    func startCapture(accepts: @escaping (Atom) -> Bool) -> LogCapture {
        let capture = LogCapture(id: nextCaptureID, accepts: accepts)
        nextCaptureID += 1
        captures.append(capture)
        return capture
    }

    /// Ends capture `id`, returning what it kept.
    func stopCapture(_ id: Int) -> String {
        guard let index = captures.firstIndex(where: { $0.id == id }) else { return "" }
        return captures.remove(at: index).text
    }

    /// Writes every queued report, oldest first.
    func flush() {
        let reports = pending
        pending = []
        for report in reports {
            report.groupLeader.write(report.text, to: .standardOutput)
        }
    }

    func run(_ process: ProcessControlBlock, budget: Int) -> Step {
        flush()
        process.reductions += 1
        return .waiting(deadline: nil)
    }
}
