import Terms

/// A test failure's stack trace as ExUnit prints it under `stacktrace:`: the learner's and the
/// test's frames (`doubler.exs:3: Doubler.double/1`, `doubler_test.exs:6: (test)`), proctor's own left out.
struct TestStackFrames {
    /// One printed line per frame, innermost first.
    let lines: [String]
    /// The file and line of the test's own frame, for the `code:` line.
    let testLine: (file: String, line: Int)?

    /// The frames of `stacktrace`, a list of `{module, function, arity, [file: ..., line: ...]}`.
    init(_ stacktrace: Term) {
        var lines: [String] = []
        var testLine: (file: String, line: Int)?
        for entry in stacktrace.properListElements ?? [] {
            guard let frame = StackEntry(entry), !StandardLibrary.isLibraryFile(frame.file), frame.module != "ExUnit.Runner" else { continue }
            let isTest = frame.function.hasPrefix("test ")
            if isTest, testLine == nil { testLine = (frame.file, frame.line) }
            lines.append(isTest ? "\(frame.file):\(frame.line): (test)" : frame.text)
        }
        self.lines = lines
        self.testLine = testLine
    }
}

extension Array {
    /// The element at `index`, or nil when the index is out of range.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
