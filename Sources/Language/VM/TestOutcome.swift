import Runtime
/// How one ExUnit test ended: its name and place, what it printed, and why it failed.
public struct TestOutcome: Sendable {
    /// The test module as Elixir writes it (`HelloTest`).
    public let module: String
    /// The test's name, with its `describe` prefix (`start/0 returns a pid`).
    public let name: String
    /// The line of `test "..." do`.
    public let line: Int
    /// The file that defined the test's module.
    public let file: String
    /// Why it failed; nil when it passed.
    public let failure: TestFailure?
    /// Everything the test's processes printed (log reports included), in order.
    public let output: String
    /// What the test's processes did, when the suite records traces.
    public var trace: TraceSnapshot?

    /// Whether the test passed.
    public var passed: Bool { failure == nil }
}

/// Why a test failed, as ExUnit reports it, with an assertion's parts kept apart.
public struct TestFailure: Sendable, Equatable {
    /// The kinds of failure ExUnit tells apart, and proctor's own budget.
    public enum Kind: String, Sendable {
        /// An `assert`/`refute`/`flunk` failed (`ExUnit.AssertionError`).
        case assertion
        /// The test raised another exception.
        case exception
        /// The test called `exit/1`.
        case exit
        /// The test threw a value nobody caught.
        case `throw`
        /// A process linked to the test crashed and took it down.
        case linkedExit
        /// The test did not finish within its timeout (virtual time on the grader's clock).
        case timeout
        /// The test used up proctor's budget of reductions or wall time (a runaway loop).
        case budget
        /// The grading machinery itself could not run the test: never a pass.
        case grader
    }

    /// What kind of failure it is.
    public let kind: Kind
    /// The lines ExUnit prints under the test's heading (`Assertion with == failed`, `code: ...`).
    public let lines: [String]
    /// The asserted code, for an assertion that has it.
    public let code: String?
    /// The left side, inspected, for an assertion that has it.
    public let left: String?
    /// The right side, inspected, for an assertion that has it.
    public let right: String?

    /// The failure's lines as one text.
    public var message: String { lines.joined(separator: "\n") }
}
