import Terms

/// The report texts Elixir's Logger prints when a process or a task fails;
/// `Runtime.logError` queues them for the logger process.
public enum ErrorLogger {
    /// The report for a spawned process that raised:
    /// `[error] Process #PID<..> raised an exception` then the formatted exception.
    public static func processCrashReport(pid: Pid, report: String) -> String {
        "\n[error] Process \(pid.inspectText) raised an exception\n\(report)\n"
    }

    /// The report for a failed task: `[error] Task #PID<..> started from #PID<..> terminating`,
    /// then `failure` (`** (RuntimeError) oops`, or `stopLine` for an exit), the
    /// function (`#Function<...>`) and its inspected argument list.
    public static func taskFailureReport(
        task: Pid, starter: Pid, failure: String, function: String, arguments: String
    ) -> String {
        "\n[error] Task \(task.inspectText) started from \(starter.inspectText) terminating\n"
            + "\(failure)\nFunction: \(function)\n    Args: \(arguments)\n"
    }

    /// `** (stop) :reason`, the failure line of a task that exited with a non-exception reason.
    public static func stopLine(inspectedReason: String) -> String {
        "** (stop) \(inspectedReason)"
    }
}
