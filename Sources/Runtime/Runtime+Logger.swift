import Terms

extension Runtime {
    /// Hands a report at `level` (`ErrorLogger.processCrashReport`, `taskFailureReport` are
    /// errors) to the logger: it is written to `groupLeader`'s standard output when the
    /// logger process next gets its turn in the run queue, or kept by the log captures on.
    public func logError(_ text: String, level: Atom = Atom("error"), groupLeader: any OutputSink) {
        loggerBody.enqueue(text, level: level, for: groupLeader)
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
