import Terms

/// Stack traces as Elixir prints them under an uncaught error:
/// `file.exs:6: Size.of/1`, `file.exs:9: (file)`, `file.exs:4: anonymous fn/0 in Mod.run/1`.
enum StackTrace {
    /// How many entries the BEAM keeps in a stack trace (its `backtrace_depth`), the failed call included.
    static let depth = 8

    /// One line per frame, innermost first and at most `depth` in all; `raiseSite` (`Mod.fun(args)`,
    /// the call that failed) comes first. A recursion 200,000 calls deep still prints eight lines.
    static func lines(of frames: some BidirectionalCollection<Frame>, raiseSite: String?) -> [String] {
        let site = raiseSite.map { [$0] } ?? []
        return site + innermost(frames, limit: depth - site.count).map { frame in
            describe(frame.code, line: frame.code.line(at: max(Int(frame.ip) - 1, 0)))
        }
    }

    /// Up to `limit` frames, innermost first, leaving out the REPL's own and, as the BEAM does,
    /// a frame that returns to the same place as the one before it (one line for a recursion).
    private static func innermost(_ frames: some BidirectionalCollection<Frame>, limit: Int) -> [Frame] {
        var kept: [Frame] = []
        for frame in frames.reversed() where !frame.code.module.file.hasPrefix(InteractiveFile.prefix) {
            if kept.count >= limit { break }
            if let last = kept.last, kept.count > 1, last.code === frame.code, last.ip == frame.ip { continue }
            kept.append(frame)
        }
        return kept
    }

    /// The innermost frames (at most `depth`, as the BEAM keeps) as `__STACKTRACE__` shows them:
    /// `[{Mod, :fun, arity, [file: ~c"file.exs", line: 3]}, ...]`.
    static func term(of frames: some BidirectionalCollection<Frame>) -> Term {
        .list(innermost(frames, limit: depth).map { frame in
            let code = frame.code
            let location = Term.list([
                .tuple(.atom("file"), .list(code.module.file.unicodeScalars.map { .int(Int($0.value)) })),
                .tuple(.atom("line"), .int(code.line(at: max(Int(frame.ip) - 1, 0)))),
            ])
            let name = code.name == "__script__" ? "__FILE__" : code.name
            return .tuple(.atom(code.module.name), .atom(Atom(name)), .int(code.name == "__script__" ? 1 : code.arity), location)
        })
    }

    /// The stack lines appended to an error banner, each indented by four spaces.
    static func appended(to banner: String, _ lines: [String]) -> String {
        lines.reduce(banner) { $0 + "\n    " + $1 }
    }

    /// `Mod.fun(arg, ...)`: a failed call with its arguments.
    static func call(_ name: RemoteName, arguments: some Collection<Term>) -> String {
        let module = Term.atom(name.module).inspect()
        return "\(module).\(name.function.name)(\(arguments.map { $0.inspect() }.joined(separator: ", ")))"
    }

    private static func describe(_ code: FunctionCode, line: Int) -> String {
        let module = code.module
        let location = module.file == Prelude.fileName ? "(proctor \(ProctorVersion.text)) \(module.file):\(line)" : "\(module.file):\(line)"
        if code.name == "__script__" { return "\(location): (file)" }
        guard code.isAnonymous else { return "\(location): \(Term.atom(module.name).inspect()).\(code.name)/\(code.arity)" }
        return "\(location): " + AnonymousFunctionName.description(module: module.name, name: code.name, arity: code.arity)
    }
}

/// The version proctor reports in stack frames of its own library (`(proctor 0.1.0) prelude.ex:12`).
public enum ProctorVersion {
    public static let text = "0.1.0"
}

/// How the REPL names its inputs' code (`iex:3`): their frames are left out of stack traces,
/// as iex shows only its evaluator's internals there.
public enum InteractiveFile {
    public static let prefix = "iex:"
}
