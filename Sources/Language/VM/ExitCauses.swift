import Runtime
import Terms

/// How an unhandled raise ends a process, in the runtime's terms.
enum ExitCauses {
    /// The exit cause for `error`; `message` (from the exception's own `message/1`) replaces the
    /// built-in text, and the report ends with the `stack` lines.
    static func cause(of error: GuestError, message: String? = nil, stack: [String] = []) -> ExitCause {
        switch error.kind {
        case .exit:
            if case .atom(let atom) = error.value, atom == .normal { return .normal }
            return .exit(error.value)
        case .error:
            return .crash(reason: .tuple(ErlangReasons.reason(for: error.value), .emptyList), report: StackTrace.appended(to: ExceptionFormatter.banner(error.value, message: message), stack))
        case .throw:
            let reason = Term.tuple(.atom("nocatch"), error.value)
            return .crash(reason: .tuple(reason, .emptyList), report: "** (ErlangError) Erlang error: \(reason.inspect())")
        }
    }
}
