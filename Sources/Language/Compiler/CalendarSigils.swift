import Terms

/// The date and time sigils `~D`, `~T`, `~N` and `~U`, which Elixir's `Kernel` macros turn into
/// struct literals when the program is compiled: `~D[2024-01-31]` is
/// `%{__struct__: Date, calendar: Calendar.ISO, year: 2024, month: 1, day: 31}`, so a sigil is a
/// constant in an expression and a pattern alike, and a bad one is an error before the program
/// runs (`** (ArgumentError) cannot parse "2024-13-01" as Date for Calendar.ISO, reason: :invalid_date`).
struct CalendarSigil {
    /// The sigil's call node.
    let node: SyntaxNode

    /// What went wrong, as the compiler reports it.
    struct Failure: Error {
        let message: String
        let exception: String
        let frames: [String]
    }

    /// Whether `name` is one of the four sigil functions.
    static func handles(_ name: String) -> Bool {
        ["sigil_D", "sigil_T", "sigil_N", "sigil_U"].contains(name)
    }

    /// The struct literal the sigil stands for.
    func expand() -> Result<SyntaxNode, Failure> {
        guard let name = node.callName, let args = node.arguments, args.count == 2 else { return .failure(clauseError("sigil")) }
        guard args[0].callName == "<<>>", let segments = args[0].arguments, segments.count <= 1,
              case .list(let modifiers) = args[1].kind, modifiers.isEmpty
        else { return .failure(clauseError(name)) }
        var text = ""
        if let segment = segments.first {
            guard case .string(let literal) = segment.kind else { return .failure(clauseError(name)) }
            text = literal
        }
        let frames = ["(elixir 1.14.0) expanding macro: Kernel.\(name)/2"]
        if let calendar = calendarSuffix(text), calendar != "Calendar.ISO" {
            return .failure(Failure(message: "\(displayName(name)) with the calendar \(calendar) is not supported by proctor (only Calendar.ISO is)",
                                    exception: "CompileError", frames: []))
        }
        let body = text.hasSuffix(" Calendar.ISO") ? String(text.dropLast(" Calendar.ISO".count)) : text
        switch fields(name, ISO8601Parser(body)) {
        case .success(let fields): return .success(structLiteral(fields))
        case .failure(let reason):
            let message = "cannot parse \(quoted(body)) as \(typeName(name)) for Calendar.ISO, reason: :\(reason)"
            return .failure(Failure(message: message, exception: "ArgumentError", frames: frames))
        }
    }

    /// The struct's fields, or Elixir's reason for refusing the text.
    private func fields(_ name: String, _ parser: ISO8601Parser) -> Result<[(String, SyntaxNode)], ReasonText> {
        let position = node.position
        switch name {
        case "sigil_D":
            return parser.date().map { [("__struct__", atom("Elixir.Date"))] + calendar() + dateFields($0) }.mapError { ReasonText($0) }
        case "sigil_T":
            return parser.time().map { [("__struct__", atom("Elixir.Time"))] + calendar() + timeFields($0) }.mapError { ReasonText($0) }
        case "sigil_N":
            return parser.naiveDateTime().map {
                [("__struct__", atom("Elixir.NaiveDateTime"))] + calendar() + dateFields($0.0) + timeFields($0.1)
            }.mapError { ReasonText($0) }
        default:
            switch parser.utcDateTime() {
            case .failure(let failure): return .failure(ReasonText(failure))
            case .success((_, _, let offset)) where offset != 0: return .failure(ReasonText(text: "non_utc_offset"))
            case .success((let date, let time, _)):
                let zone: [(String, SyntaxNode)] = [
                    ("time_zone", SyntaxNode(.string("Etc/UTC"), at: position)), ("zone_abbr", SyntaxNode(.string("UTC"), at: position)),
                    ("utc_offset", integer(0)), ("std_offset", integer(0)),
                ]
                return .success([("__struct__", atom("Elixir.DateTime"))] + calendar() + dateFields(date) + timeFields(time) + zone)
            }
        }
    }

    /// A reason atom's text (`invalid_date`).
    private struct ReasonText: Error, CustomStringConvertible {
        let text: String
        init(_ failure: ISO8601Parser.Failure) { text = failure.rawValue }
        init(text: String) { self.text = text }
        var description: String { text }
    }

    private func structLiteral(_ fields: [(String, SyntaxNode)]) -> SyntaxNode {
        let pairs = fields.map { key, value in SyntaxNode(.pair(atom(key), value), at: node.position) }
        return .call("%{}", pairs, at: node.position)
    }

    private func calendar() -> [(String, SyntaxNode)] { [("calendar", atom("Elixir.Calendar.ISO"))] }

    private func dateFields(_ date: ISO8601Parser.Date) -> [(String, SyntaxNode)] {
        [("year", integer(date.year)), ("month", integer(date.month)), ("day", integer(date.day))]
    }

    private func timeFields(_ time: ISO8601Parser.Time) -> [(String, SyntaxNode)] {
        let microsecond = SyntaxNode(.pair(integer(time.microsecond), integer(time.precision)), at: node.position)
        return [("hour", integer(time.hour)), ("minute", integer(time.minute)), ("second", integer(time.second)), ("microsecond", microsecond)]
    }

    private func atom(_ name: String) -> SyntaxNode { .atom(name, at: node.position) }

    private func integer(_ value: Int) -> SyntaxNode { SyntaxNode(.integer(value), at: node.position) }

    /// The calendar module named after the last space, as Elixir's sigils read one (`~D[2024-01-01 My.Calendar]`).
    private func calendarSuffix(_ text: String) -> String? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count > 1, let last = parts.last, let first = last.unicodeScalars.first, ("A"..."Z").contains(first) else { return nil }
        return String(last)
    }

    private func typeName(_ name: String) -> String {
        switch name {
        case "sigil_D": return "Date"
        case "sigil_T": return "Time"
        case "sigil_N": return "NaiveDateTime"
        default: return "UTC DateTime"
        }
    }

    private func displayName(_ name: String) -> String { "~" + name.dropFirst("sigil_".count) }

    private func quoted(_ text: String) -> String { Term.string(text).inspect() }

    private func clauseError(_ name: String) -> Failure {
        Failure(message: "no function clause matching in Kernel.\(name)/2", exception: "FunctionClauseError",
                frames: ["(elixir 1.14.0) expanding macro: Kernel.\(name)/2"])
    }
}

extension ExpressionCompiler {
    /// Compiles a date or time sigil as the struct literal it stands for, or reports why it cannot be one.
    func compileCalendarSigil(_ node: SyntaxNode, tail: Bool) {
        switch CalendarSigil(node: node).expand() {
        case .success(let literal): compile(literal, tail: tail)
        case .failure(let failure):
            compiler.report(failure.message, at: node, exception: failure.exception, frames: failure.frames)
            pushConstant(.nil, tail: tail)
        }
    }
}
