import Runtime

/// Runs a script under many schedules on the virtual clock and groups the runs by what they
/// printed and how they ended: every outcome a racy script can have (`proctor run --explore`).
public struct ScriptExplorer {
    /// How the script may run each time.
    public let limits: RunLimits
    /// Memory the program may use before proctor stops the process to blame.
    public let memoryLimitBytes: Int?

    /// An explorer running each schedule within `limits` and `memoryLimitBytes`.
    public init(limits: RunLimits, memoryLimitBytes: Int?) {
        self.limits = limits
        self.memoryLimitBytes = memoryLimitBytes
    }

    /// One way the script can end, and under how many of the schedules tried.
    public struct Outcome: Sendable {
        /// What it printed on standard output.
        public let standardOutput: String
        /// What it printed on standard error.
        public let standardError: String
        /// Its exit code.
        public let status: Int32
        /// How many schedules gave it.
        public fileprivate(set) var count: Int
        /// The first schedule that gave it: its replay token.
        public let schedule: Schedule
    }

    /// Runs `source` under the default schedule and then `count - 1` others; the outcomes in
    /// the order first seen (the default's first).
    public func explore(source: String, file: String, count: Int) -> [Outcome] {
        var outcomes: [Outcome] = []
        let (first, points) = runOnce(source: source, file: file, schedule: .standard)
        outcomes.append(first)
        let search = ScheduleSearch(around: points, salt: 1, count: count - 1)
        for index in 0..<max(0, count - 1) {
            let outcome = runOnce(source: source, file: file, schedule: search.schedule(index)).outcome
            if let same = outcomes.firstIndex(where: { $0.isSameRun(as: outcome) }) {
                outcomes[same].count += 1
            } else {
                outcomes.append(outcome)
            }
        }
        return outcomes
    }

    private func runOnce(source: String, file: String, schedule: Schedule) -> (outcome: Outcome, choices: [ScheduleChoicePoint]) {
        let sink = CapturingOutputSink(bound: BoundedText())
        var runner = ScriptRunner(output: sink, clock: .virtual, limits: limits, memoryLimitBytes: memoryLimitBytes)
        runner.schedule = schedule
        let run = runner.runRecordingChoices(source: source, file: file)
        let outcome = Outcome(
            standardOutput: sink.standardOutput, standardError: sink.standardError, status: run.status, count: 1, schedule: schedule)
        return (outcome, run.choices)
    }
}

private extension ScriptExplorer.Outcome {
    /// Whether two runs printed the same and ended the same.
    func isSameRun(as other: ScriptExplorer.Outcome) -> Bool {
        standardOutput == other.standardOutput && standardError == other.standardError && status == other.status
    }
}
