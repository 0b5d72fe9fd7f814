import Terms

/// A test failure's stack trace as ExUnit prints it under `stacktrace:`: the learner's and the
/// test's frames (`doubler.exs:3: Doubler.double/1`, `doubler_test.exs:6: (test)`), proctor's own left out.
struct TestStackFrames {
    /// One printed line per frame, innermost first.
    let lines: [String]
    /// The file and line of the test's own frame, for the `code:` line.
    let testLine: (file: String, line: Int)?
    /// Whether the stack had any frame, proctor's own included: ExUnit prints `stacktrace:` then,
    /// even when all its frames are ExUnit's or Elixir's.
    let hasFrames: Bool

    /// The frames of `stacktrace`, a list of `{module, function, arity, [file: ..., line: ...]}`;
    /// a `setup` or `setup_all` callback's frame is followed by the frame of ExUnit's `__ex_unit__/2`
    /// that calls it, at its module's `defmodule` line (`moduleLines`).
    init(_ stacktrace: Term, moduleLines: [String: Int] = [:]) {
        var lines: [String] = []
        var testLine: (file: String, line: Int)?
        for entry in stacktrace.properListElements ?? [] {
            guard let frame = StackEntry(entry), !StandardLibrary.isLibraryFile(frame.file), frame.module != "ExUnit.Runner" else { continue }
            let isTest = frame.function.hasPrefix("test ")
            if isTest, testLine == nil { testLine = (frame.file, frame.line) }
            lines.append(isTest ? "\(frame.file):\(frame.line): (test)" : frame.text)
            if frame.function.hasPrefix("__ex_unit_setup"), let line = moduleLines[frame.module] {
                lines.append("\(frame.file):\(line): \(frame.module).__ex_unit__/2")
            }
        }
        self.lines = lines
        self.testLine = testLine
        self.hasFrames = !(stacktrace.properListElements ?? []).isEmpty
    }
}

extension Array {
    /// The element at `index`, or nil when the index is out of range.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
