import Runtime

/// How a suite explores schedules: after a test passes under the default schedule, it runs
/// again under other schedules (in the same runtime, rewound between runs), until one fails,
/// the count is reached, or the real time runs out.
public struct ScheduleExploration: Sendable {
    /// How many schedules besides the default each test runs under, at most.
    public var schedules: Int
    /// Real time the whole exploration may add, in nanoseconds.
    public var wallTimeNanoseconds: Int64
    /// Instead of searching, runs one test under one schedule (`proctor check --schedule`).
    public var replay: ScheduleReplay?

    /// An exploration of up to `schedules` schedules per test within `wallTimeNanoseconds`,
    /// or the replay of one.
    public init(schedules: Int, wallTimeNanoseconds: Int64, replay: ScheduleReplay? = nil) {
        self.schedules = schedules
        self.wallTimeNanoseconds = wallTimeNanoseconds
        self.replay = replay
    }
}

/// One test under one schedule: the token `2-d4.1` is the second test under the schedule `d4.1`.
public struct ScheduleReplay: Sendable, Equatable {
    /// The test's place among the tests that run, from 1.
    public let test: Int
    /// The schedule.
    public let schedule: Schedule

    /// Test `test` (from 1) under `schedule`.
    public init(test: Int, schedule: Schedule) {
        self.test = test
        self.schedule = schedule
    }

    /// The replay a token names (`2-d4.1`), or nil.
    public init?(token: String) {
        guard let dash = token.firstIndex(of: "-"), let test = Int(token[..<dash]), test > 0,
              let schedule = Schedule(token: String(token[token.index(after: dash)...])) else { return nil }
        self.init(test: test, schedule: schedule)
    }

    /// The token that names this replay.
    public var token: String { "\(test)-\(schedule.token)" }
}

/// What exploring found.
public struct ExplorationReport: Sendable {
    /// The fewest schedules any test held under, the default included (1: a test was not explored).
    public let heldUnder: Int
    /// How many runs of a test exploring took in all, the default runs not included.
    public let runs: Int
    /// The first failure found, if any.
    public let failure: ScheduleFailure?
}

/// A test that passed under the default schedule and failed under another.
public struct ScheduleFailure: Sendable {
    /// Where the test stands in the suite's outcomes.
    public let testIndex: Int
    /// The test and schedule that replay the failure.
    public let replay: ScheduleReplay
    /// How many schedules the test ran under, the default and the failing one included.
    public let schedulesTried: Int
    /// How the test ended under the default schedule (it passed), with its trace.
    public let standard: TestOutcome
}
