import Terms

extension Runtime {
    /// Hands a report (`ErrorLogger.processCrashReport`, `taskFailureReport`) to the
    /// error logger: it is written to `groupLeader`'s standard output when the
    /// logger process next gets its turn in the run queue.
    public func logError(_ text: String, groupLeader: any OutputSink) {
        loggerBody.enqueue(text, for: groupLeader)
        if loggerProcess.state == .waiting { makeRunnable(loggerProcess) }
    }

    /// The least severe level `Logger` prints (`Logger.level/0`, `Logger.configure(level: ...)`).
    public var loggerLevel: Atom {
        get { loggerBody.level }
        set { loggerBody.level = newValue }
    }

    /// Writes every report still waiting for the logger (a host that wants them despite the run having ended).
    public func flushErrorLog() {
        loggerBody.flush()
    }
}
