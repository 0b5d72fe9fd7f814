import Foundation
import Runtime
import Terms

/// Turns how ExUnit's runner process ended into the failure ExUnit prints:
/// `Assertion with == failed` and its code/left/right, `** (RuntimeError) boom`,
/// `** (exit) shutdown`, `** (throw) :ball`, `** (EXIT from #PID<..>) ...`, the timeout.
enum TestFailureReport {
    /// The failure for what a test's process returned: `:ok` is a pass (nil), a
    /// `{kind, reason, message, stacktrace}` tuple a failure; `sources` gives the lines of the
    /// loaded files, for the `code:` line of a failure that is not an assertion.
    static func failure(fromTestResult result: Term, sources: [String: [Substring]], moduleLines: [String: Int] = [:]) -> TestFailure? {
        if result == .atom(.ok) { return nil }
        guard case .tuple(let box) = result, box.elements.count == 4 else {
            return graderFailure("the test's process returned \(result.inspect()) instead of a result")
        }
        let frames = TestStackFrames(box.elements[3], moduleLines: moduleLines)
        let sourceLine = frames.testLine.flatMap { sources[$0.file]?[safe: $0.line - 1] }.map { $0.trimmingCharacters(in: .whitespaces) }
        let failure = failure(
            kind: box.elements[0], reason: box.elements[1],
            message: ArithmeticBlame.message(box.elements[1], trace: box.elements[3]) ?? (try? box.elements[2].toDisplayString().get()),
            sourceLine: sourceLine)
        var lines = failure.printedLines
        if failure.code == nil, !failure.kind.isAssertion, let sourceLine { lines.append(TestFailure.margin + "code: " + sourceLine) }
        lines += stacktraceLines(frames)
        return TestFailure(kind: failure.kind, printedLines: lines, code: failure.code, left: failure.left, right: failure.right)
    }

    /// `stacktrace:` and one line per frame, as ExUnit prints them under a failure.
    private static func stacktraceLines(_ frames: TestStackFrames) -> [String] {
        !frames.hasFrames ? [] : [TestFailure.margin + "stacktrace:"] + frames.lines.map { TestFailure.margin + "  " + $0 }
    }

    /// The failure of a test whose process was ended from outside (a linked process's exit
    /// signal, a kill) before the test returned: ExUnit's `** (EXIT from #PID<..>) reason`, with the
    /// crashed process's stack under its exception.
    static func exitFailure(testProcess: Pid, reason: Term, message: String?) -> TestFailure {
        let text = "** (EXIT from \(testProcess.inspectText)) " + ExitFormatter.format(reason, joiner: "\n    ", message: message)
        return TestFailure(kind: .linkedExit, lines: text.split(separator: "\n").map(String.init))
    }

    /// ExUnit's failure for a test that did not finish within `milliseconds`: the advice (or, with an
    /// `explanation` of what its processes wait for, that explanation instead of ExUnit's advice
    /// about mix), then the line the test's process was waiting at and its stack.
    static func timeoutFailure(
        milliseconds: Int, stacktrace: Term = .emptyList, sources: [String: [Substring]] = [:], explanation: [String]? = nil
    ) -> TestFailure {
        var lines = (explanation.map { timeoutExplained(milliseconds: milliseconds, $0) } ?? [
            "** (ExUnit.TimeoutError) test timed out after \(milliseconds)ms. You can change the timeout:",
            "",
            "  1. per test by setting \"@tag timeout: x\" (accepts :infinity)",
            "  2. per test module by setting \"@moduletag timeout: x\" (accepts :infinity)",
            "  3. globally via \"ExUnit.start(timeout: x)\" configuration",
            "  4. by running \"mix test --timeout x\" which sets timeout",
            "  5. or by running \"mix test --trace\" which sets timeout to infinity",
            "     (useful when using IEx.pry/0)",
            "",
            "where \"x\" is the timeout given as integer in milliseconds (defaults to 60_000).",
            "",
        ]).map { TestFailure.margin + $0 }
        let frames = TestStackFrames(stacktrace)
        if let code = frames.testLine.flatMap({ sources[$0.file]?[safe: $0.line - 1] }) {
            lines.append(TestFailure.margin + "code: " + code.trimmingCharacters(in: .whitespaces))
        }
        lines += stacktraceLines(frames)
        return TestFailure(kind: .timeout, printedLines: lines, code: nil, left: nil, right: nil)
    }

    /// The first lines of a timeout explained by proctor: what nothing could wake.
    private static func timeoutExplained(milliseconds: Int, _ explanation: [String]) -> [String] {
        ["** (ExUnit.TimeoutError) test timed out after \(milliseconds)ms", ""]
            + (explanation.isEmpty ? ["Every process of the test was still busy."] : ["Nothing could wake the processes that waited:"] + explanation)
            + [""]
    }

    /// The failure of a test with `@tag timeout: :infinity` whose processes all wait for messages
    /// nobody will send: ExUnit would wait forever; proctor says so (and what they wait for) and moves on.
    static func stuckFailure(explanation: [String]? = nil) -> TestFailure {
        let lines = [
            "** (proctor) the test waits forever: every process it started waits for a message nobody will send",
            "Its timeout is :infinity, so ExUnit would never end it. Check that every receive has a matching send.",
        ]
        return TestFailure(kind: .timeout, lines: lines + (explanation.map { [""] + $0 } ?? []))
    }

    /// The failure of a test during which learner code called `System.halt/1`.
    static func haltFailure(status: Int32) -> TestFailure {
        let lines = [
            "** (proctor) the code called System.halt(\(status)) during the test",
            "System.halt stops the whole program, so the test could not finish: a solution",
            "should return its result (or let its process end) instead of halting.",
        ]
        return TestFailure(kind: .exit, lines: lines)
    }

    /// A failure of the grading machinery itself: never a pass, and said plainly.
    static func graderFailure(_ reason: String) -> TestFailure {
        TestFailure(kind: .grader, lines: ["** (proctor) the grader could not run your tests: \(reason)"])
    }

    /// The failure of a test stopped by proctor's budget.
    static func budgetFailure(_ limits: RunLimits) -> TestFailure {
        var spent: [String] = []
        if let reductions = limits.reductions { spent.append("\(grouped(reductions)) reductions") }
        if let nanoseconds = limits.wallTimeNanoseconds {
            let tenths = (nanoseconds + 50_000_000) / 100_000_000
            spent.append("the \(tenths / 10).\(tenths % 10) s of real time left in the run")
        }
        let lines = [
            "** (proctor) the test did not finish within its budget (\(spent.joined(separator: " or ")))",
            "proctor stopped it and the processes it started. A loop or a recursion that never reaches",
            "its end is the usual cause: check that every recursive call moves towards a base case.",
        ]
        return TestFailure(kind: .budget, lines: lines)
    }

    /// The failure of a test whose process proctor stopped for using too much memory.
    static func memoryFailure(_ stop: MemoryStop) -> TestFailure {
        let lines = [
            "** (proctor) out of memory: \(stop.explanation)",
            "proctor stopped it and the processes the test started. Check for a list that grows on every",
            "call without end, or messages sent faster than anyone receives them.",
        ]
        return TestFailure(kind: .budget, lines: lines)
    }

    private static func failure(kind: Term, reason: Term, message: String?, sourceLine: String?) -> TestFailure {
        switch kind {
        case .atom(let atom) where atom.name == "error":
            return exceptionFailure(reason, message: message, sourceLine: sourceLine)
        case .atom(let atom) where atom.name == "exit":
            let text = "** (exit) " + ExitFormatter.format(reason, joiner: "\n    ")
            return TestFailure(kind: .exit, lines: text.split(separator: "\n").map(String.init))
        case .atom(let atom) where atom.name == "throw":
            return TestFailure(kind: .throw, lines: ["** (throw) " + reason.inspect()])
        default:
            return graderFailure("the test's process reported an unknown kind of failure, \(kind.inspect())")
        }
    }

    private static func exceptionFailure(_ exception: Term, message: String?, sourceLine: String?) -> TestFailure {
        let name = ExceptionFormatter.moduleName(exception)
        guard name == "ExUnit.AssertionError", case .map(let fields) = exception else {
            let banner = ExceptionFormatter.banner(exception, message: message)
            let lines = banner.split(separator: "\n", omittingEmptySubsequences: false).map { TestFailure.margin + $0 }
            return TestFailure(
                kind: name == "ExUnit.TimeoutError" ? .timeout : .exception, printedLines: lines + blame(exception),
                code: nil, left: nil, right: nil)
        }
        return AssertionFailureLayout(fields, sourceLine: sourceLine).failure
    }

    /// What ExUnit adds under a `FunctionClauseError` from a named function: the arguments it was given.
    private static func blame(_ exception: Term) -> [String] {
        guard exception.structName?.name == "Elixir.FunctionClauseError", case .map(let fields) = exception,
            fields.get(.atom("kind")) != .nil, let arguments = fields.get(.atom("args"))?.properListElements
        else { return [] }
        let function = ExceptionFormatter.message(exception).dropFirst("no function clause matching in ".count)
        var lines = ["", TestFailure.margin + "The following arguments were given to \(function):"]
        for (position, argument) in arguments.enumerated() {
            lines += [TestFailure.margin, TestFailure.margin + "    # \(position + 1)", TestFailure.margin + "    " + argument.inspect()]
        }
        return lines + [TestFailure.margin]
    }

    private static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }
}
