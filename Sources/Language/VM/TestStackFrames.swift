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
            guard let frame = Frame(entry), frame.file != Prelude.fileName, frame.module != "ExUnit.Runner" else { continue }
            if frame.function.hasPrefix("test "), testLine == nil { testLine = (frame.file, frame.line) }
            lines.append("\(frame.file):\(frame.line): \(frame.description)")
        }
        self.lines = lines
        self.testLine = testLine
    }

    /// One `{module, function, arity, location}` entry.
    private struct Frame {
        let module: String
        let function: String
        let arity: Int
        let file: String
        let line: Int

        init?(_ entry: Term) {
            guard case .tuple(let box) = entry, box.elements.count == 4, case .atom(let module) = box.elements[0],
                case .atom(let function) = box.elements[1], case .int(let arity) = box.elements[2],
                let location = box.elements[3].properListElements
            else { return nil }
            var file = ""
            var line = 0
            for item in location {
                guard case .tuple(let pair) = item, pair.elements.count == 2 else { continue }
                if pair.elements[0] == .atom("file"), case .success(let text) = pair.elements[1].toDisplayString() { file = text }
                if pair.elements[0] == .atom("line"), case .int(let number) = pair.elements[1] { line = number }
            }
            self.module = Term.atom(module).inspect()
            self.function = function.name
            self.arity = arity
            self.file = file
            self.line = line
        }

        /// `Mod.fun/1`, `(test)`, `(file)` or `anonymous fn/0 in Mod.fun/1`.
        var description: String {
            if function.hasPrefix("test ") { return "(test)" }
            if function == "__FILE__" { return "(file)" }
            if function.hasPrefix("-") { return "anonymous fn/\(arity) in \(module).\(Self.quotedFunction(AnonymousFunctionName.enclosing(fromName: function)))" }
            return "\(module).\(Term.atom(Atom(function)).inspect().dropFirst())/\(arity)"
        }

        /// `"test name"/1` for `test name/1`: the name quoted as Elixir quotes an atom that needs it.
        private static func quotedFunction(_ nameAndArity: String) -> String {
            guard let slash = nameAndArity.lastIndex(of: "/") else { return nameAndArity }
            let name = String(nameAndArity[..<slash])
            return String(Term.atom(Atom(name)).inspect().dropFirst()) + nameAndArity[slash...]
        }
    }
}

extension Array {
    /// The element at `index`, or nil when the index is out of range.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
