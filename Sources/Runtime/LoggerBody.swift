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

    /// Queues `text` for `groupLeader`'s standard output.
    func enqueue(_ text: String, for groupLeader: any OutputSink) {
        pending.append((text, groupLeader))
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
