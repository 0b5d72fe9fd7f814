import Terms

/// Stack traces as Elixir prints them under an uncaught error:
/// `file.exs:6: Size.of/1`, `file.exs:9: (file)`, `file.exs:4: anonymous fn/0 in Mod.run/1`.
enum StackTrace {
    /// How many entries the BEAM keeps in a stack trace (its `backtrace_depth`), the failed call included.
    static let depth = 8

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

    /// The innermost frames (at most `depth` entries in all, as the BEAM keeps) as `__STACKTRACE__`
    /// shows them: `[{Mod, :fun, arity, [file: ~c"file.exs", line: 3]}, ...]`. A `raiseSite` (the
    /// call that failed) comes first, as `{:erlang, :binary_to_integer, ["x"], []}`. A recursion
    /// 200,000 calls deep still gives eight entries.
    static func term(of frames: some BidirectionalCollection<Frame>, raiseSite: RaiseSite? = nil) -> Term {
        let site = raiseSite.map { [$0.entry] } ?? []
        return .list(site + innermost(frames, limit: depth - site.count).map { frame in
            let code = frame.code
            let location = Term.list([
                .tuple(.atom("file"), .list(code.module.file.unicodeScalars.map { .int(Int($0.value)) })),
                .tuple(.atom("line"), .int(code.line(at: max(Int(frame.ip) - 1, 0)))),
            ])
            let name = code.name == "__script__" ? "__FILE__" : code.name
            return .tuple(.atom(code.module.name), .atom(Atom(name)), .int(code.name == "__script__" ? 1 : arity(of: code)), location)
        })
    }

    /// The lines of a stack trace term (`__STACKTRACE__`, the stack of an exit reason), as
    /// `Exception.format_stacktrace` writes them: `:erlang.binary_to_integer("x")`,
    /// `file.exs:3: Mod.fun/1`, `file.exs:9: (file)`, `file.exs:4: anonymous fn/0 in Mod.run/1`.
    static func lines(of trace: Term) -> [String] {
        (trace.properListElements ?? []).compactMap(StackEntry.init).map(\.text)
    }

    /// The stack of a process waiting in a `receive`, as the BEAM reports it when a test times out:
    /// the innermost frame at the last call it made before the `receive` (or at its function's first
    /// line when it made none), the others at the calls they wait on.
    static func waitingTerm(of frames: some BidirectionalCollection<Frame>) -> Term {
        let entries = term(of: frames).properListElements ?? []
        guard let innermost = frames.last, !innermost.code.module.file.hasPrefix(InteractiveFile.prefix),
            case .tuple(let first)? = entries.first
        else { return .list(entries) }
        let code = innermost.code
        let callIndex = (0..<min(Int(innermost.ip), code.instructions.count)).last { isCall(code.instructions[$0]) }
        let line = callIndex.map { code.line(at: $0) } ?? (code.definitionLine > 0 ? code.definitionLine : code.line(at: 0))
        let location = Term.list([
            .tuple(.atom("file"), .list(code.module.file.unicodeScalars.map { .int(Int($0.value)) })),
            .tuple(.atom("line"), .int(line)),
        ])
        let waiting = Term.tuple(first.elements[0], first.elements[1], first.elements[2], location)
        return .list([waiting] + entries.dropFirst())
    }

    private static func isCall(_ instruction: Instruction) -> Bool {
        switch instruction {
        case .callLocal, .callRemote, .callBuiltin, .send, .callValue, .applyRemote, .applyValue: return true
        default: return false
        }
    }

    /// The stack lines appended to an error banner, each indented by four spaces.
    static func appended(to banner: String, _ lines: [String]) -> String {
        lines.reduce(banner) { $0 + "\n    " + $1 }
    }

    /// The arity the BEAM shows for `code` in a stack trace: an anonymous function is compiled
    /// to one that takes its captured variables as extra arguments (`fn n -> n > limit end` is
    /// `anonymous fn/2`). Elixir folds a variable bound to a literal into the code instead,
    /// which proctor does not, so such a capture still counts here.
    private static func arity(of code: FunctionCode) -> Int {
        code.isAnonymous ? code.arity + code.captureSlots.count : code.arity
    }
}

/// The failed call an error came from (`:erlang.binary_to_integer("x")`): the first line of its
/// stack trace, and the first entry of the stack trace term.
struct RaiseSite {
    let name: RemoteName
    let arguments: [Term]

    /// `Mod.fun(arg, ...)`: the call with its arguments.
    var text: String {
        "\(Term.atom(name.module).inspect()).\(name.function.name)(\(arguments.map { $0.inspect() }.joined(separator: ", ")))"
    }

    /// `{module, function, arguments, []}`, as the BEAM records a failed call.
    var entry: Term {
        .tuple(.atom(name.module), .atom(name.function), .list(arguments), .emptyList)
    }
}

/// The version proctor reports in stack frames of its own library (`(proctor 0.1.0) Enum.ex:12`).
public enum ProctorVersion {
    public static let text = "0.1.0"
}

/// How the REPL names its inputs' code (`iex:3`): their frames are left out of stack traces,
/// as iex shows only its evaluator's internals there.
public enum InteractiveFile {
    public static let prefix = "iex:"
}
