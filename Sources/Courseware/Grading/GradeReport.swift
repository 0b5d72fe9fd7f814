import Foundation
import Runtime

/// The result of grading one exercise: Exercism's results.json (version 3) and more.
public struct GradeReport: Sendable {
    /// `pass` (every test passed), `fail` (some failed) or `error` (the tests could not run).
    public enum Status: String, Sendable, Codable {
        /// Every test passed.
        case pass
        /// At least one test failed.
        case fail
        /// The file did not load (a syntax or compile error, a crash at its top level).
        case error
    }

    /// One test's result.
    public struct TestResult: Sendable {
        /// The test's name (`start/0 returns the pid of a new process`).
        public let name: String
        /// `pass`, `fail` (an assertion failed) or `error` (it raised, exited or ran out of budget).
        public let status: Status
        /// ExUnit's failure report; nil when it passed.
        public let message: String?
        /// The asserted code, left and right sides, for a failed assertion.
        public let code: String?
        /// The left side, inspected.
        public let left: String?
        /// The right side, inspected.
        public let right: String?
        /// What the test printed.
        public let output: String
        /// The test's source, as written in the exercise.
        public let testCode: String
        /// The line of the test in the tests file.
        public let line: Int
        /// What the test's processes did (spawns, messages, exits), for a chart.
        public var trace: TraceSnapshot?
    }

    /// The exercise graded.
    public let exercise: String
    /// The overall status.
    public let status: Status
    /// For `error`: the report of why the file did not load (`file.exs:3:5: ...`).
    public let message: String?
    /// Every test, in the order they ran (empty for `error`).
    public let tests: [TestResult]
    /// What the learner's file printed while it loaded.
    public let output: String
    /// How long grading took, in milliseconds of real time.
    public let durationMilliseconds: Int
    /// What grading under other schedules found (nil when it did not explore).
    public var schedules: ScheduleVerdict?

    /// How many tests passed.
    public var testsPassed: Int { tests.filter { $0.status == .pass }.count }
    /// The first test that did not pass: what the learner should fix next.
    public var firstFailure: TestResult? { tests.first { $0.status != .pass } }
}
