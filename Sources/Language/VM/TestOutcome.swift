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

        /// Whether ExUnit laid it out as an assertion (its `code:` line comes with it).
        var isAssertion: Bool { self == .assertion }
    }

    /// What kind of failure it is.
    public let kind: Kind
    /// The lines exactly as ExUnit prints them under the test's heading and location, its
    /// five-space margin included: a blank line of a message keeps the margin, a blank line
    /// between two mailbox entries does not.
    public let printedLines: [String]
    /// The asserted code, for an assertion that has it.
    public let code: String?
    /// The left side, inspected, for an assertion that has it.
    public let left: String?
    /// The right side, inspected, for an assertion that has it.
    public let right: String?

    /// A failure whose `lines` print with ExUnit's five-space margin.
    init(kind: Kind, lines: [String], code: String? = nil, left: String? = nil, right: String? = nil) {
        self.init(kind: kind, printedLines: lines.map { TestFailure.margin + $0 }, code: code, left: left, right: right)
    }

    /// A failure printed as `printedLines`.
    init(kind: Kind, printedLines: [String], code: String?, left: String?, right: String?) {
        self.kind = kind
        self.printedLines = printedLines
        self.code = code
        self.left = left
        self.right = right
    }

    /// The margin of a failure's lines under its heading.
    static let margin = "     "

    /// The lines without the margin (`Assertion with == failed`, `code: ...`, `mailbox:`, ...).
    public var lines: [String] {
        printedLines.map { line in String(line.dropFirst(min(line.prefix { $0 == " " }.count, TestFailure.margin.count))) }
    }

    /// The failure's lines as one text.
    public var message: String { lines.joined(separator: "\n") }
}
