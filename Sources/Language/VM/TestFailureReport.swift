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
    static func failure(fromTestResult result: Term, sources: [String: [Substring]]) -> TestFailure? {
        if result == .atom(.ok) { return nil }
        guard case .tuple(let box) = result, box.elements.count == 4 else {
            return graderFailure("the test's process returned \(result.inspect()) instead of a result")
        }
        let failure = failure(kind: box.elements[0], reason: box.elements[1], message: try? box.elements[2].toDisplayString().get())
        let frames = TestStackFrames(box.elements[3])
        var lines = failure.lines
        if failure.code == nil, let code = frames.testLine.flatMap({ sources[$0.file]?[safe: $0.line - 1] }) {
            lines.append("code: " + code.trimmingCharacters(in: .whitespaces))
        }
        if !frames.lines.isEmpty { lines += ["stacktrace:"] + frames.lines.map { "  " + $0 } }
        return TestFailure(kind: failure.kind, lines: lines, code: failure.code, left: failure.left, right: failure.right)
    }

    /// The failure of a test whose process was ended from outside (a linked process's exit
    /// signal, a kill) before the test returned: ExUnit's `** (EXIT from #PID<..>) reason`.
    static func exitFailure(testProcess: Pid, reason: Term, message: String?) -> TestFailure {
        let text = "** (EXIT from \(testProcess.inspectText)) " + ExitFormatter.format(reason, joiner: "\n    ", message: message)
        return TestFailure(kind: .linkedExit, lines: text.split(separator: "\n").map(String.init), code: nil, left: nil, right: nil)
    }

    /// ExUnit's failure for a test that did not finish within `milliseconds`; with an
    /// `explanation` of what its processes wait for, that replaces ExUnit's advice about mix.
    static func timeoutFailure(milliseconds: Int, explanation: [String]? = nil) -> TestFailure {
        if let explanation {
            let lines = ["** (ExUnit.TimeoutError) test timed out after \(milliseconds)ms", ""]
                + (explanation.isEmpty ? ["Every process of the test was still busy."] : ["Nothing could wake the processes that waited:"] + explanation)
            return TestFailure(kind: .timeout, lines: lines, code: nil, left: nil, right: nil)
        }
        let lines = [
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
        ]
        return TestFailure(kind: .timeout, lines: lines, code: nil, left: nil, right: nil)
    }

    /// The failure of a test during which learner code called `System.halt/1`.
    static func haltFailure(status: Int32) -> TestFailure {
        let lines = [
            "** (proctor) the code called System.halt(\(status)) during the test",
            "System.halt stops the whole program, so the test could not finish: a solution",
            "should return its result (or let its process end) instead of halting.",
        ]
        return TestFailure(kind: .exit, lines: lines, code: nil, left: nil, right: nil)
    }

    /// A failure of the grading machinery itself: never a pass, and said plainly.
    static func graderFailure(_ reason: String) -> TestFailure {
        TestFailure(kind: .grader, lines: ["** (proctor) the grader could not run your tests: \(reason)"], code: nil, left: nil, right: nil)
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
        return TestFailure(kind: .budget, lines: lines, code: nil, left: nil, right: nil)
    }

    /// The failure of a test whose process proctor stopped for using too much memory.
    static func memoryFailure(_ stop: MemoryStop) -> TestFailure {
        let lines = [
            "** (proctor) out of memory: \(stop.explanation)",
            "proctor stopped it and the processes the test started. Check for a list that grows on every",
            "call without end, or messages sent faster than anyone receives them.",
        ]
        return TestFailure(kind: .budget, lines: lines, code: nil, left: nil, right: nil)
    }

    private static func failure(kind: Term, reason: Term, message: String?) -> TestFailure {
        switch kind {
        case .atom(let atom) where atom.name == "error":
            return exceptionFailure(reason, message: message)
        case .atom(let atom) where atom.name == "exit":
            return TestFailure(kind: .exit, lines: ["** (exit) " + ExitFormatter.format(reason)], code: nil, left: nil, right: nil)
        case .atom(let atom) where atom.name == "throw":
            return TestFailure(kind: .throw, lines: ["** (throw) " + reason.inspect()], code: nil, left: nil, right: nil)
        default:
            return graderFailure("the test's process reported an unknown kind of failure, \(kind.inspect())")
        }
    }

    private static func exceptionFailure(_ exception: Term, message: String?) -> TestFailure {
        let name = ExceptionFormatter.moduleName(exception)
        guard name == "ExUnit.AssertionError", case .map(let fields) = exception else {
            let banner = ExceptionFormatter.banner(exception, message: message)
            let lines = banner.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            return TestFailure(kind: name == "ExUnit.TimeoutError" ? .timeout : .exception, lines: lines, code: nil, left: nil, right: nil)
        }
        var lines = ExceptionFormatter.message(exception).split(separator: "\n").map(String.init)
        let noValue = ExUnitBuiltins.noValue
        let left = fields.get(.atom("left")).flatMap { $0 == noValue ? nil : $0.inspect() }
        let right = fields.get(.atom("right")).flatMap { $0 == noValue ? nil : $0.inspect() }
        let code = assertedCode(fields.get(.atom("expr")))
        if let code { lines.append((left != nil || right != nil ? "code:  " : "code: ") + code) }
        if let left { lines.append((right != nil ? "left:  " : "left: ") + left) }
        if let right { lines.append("right: " + right) }
        return TestFailure(kind: .assertion, lines: lines, code: code, left: left, right: right)
    }

    private static func assertedCode(_ expression: Term?) -> String? {
        guard let expression, case .binary = expression, case .success(let code) = expression.toDisplayString() else { return nil }
        return code
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
