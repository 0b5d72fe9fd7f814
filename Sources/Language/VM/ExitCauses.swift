import Runtime
import Terms

/// How an unhandled raise ends a process, in the runtime's terms.
enum ExitCauses {
    /// The exit cause for `error`; `message` (from the exception's own `message/1`) replaces the
    /// built-in text, and the report ends with the `stack` lines; an error's reason is
    /// `{exception, stacktrace}`, as linked and monitoring processes see it.
    static func cause(of error: GuestError, message: String? = nil, stack: [String] = [], stacktrace: Term = .emptyList) -> ExitCause {
        switch error.kind {
        case .exit:
            if case .atom(let atom) = error.value, atom == .normal { return .normal }
            return .exit(error.value)
        case .error:
            return .crash(reason: .tuple(ErlangReasons.reason(for: error.value), stacktrace), report: StackTrace.appended(to: ExceptionFormatter.banner(error.value, message: message), stack))
        case .throw:
            let reason = Term.tuple(.atom("nocatch"), error.value)
            return .crash(reason: .tuple(reason, .emptyList), report: "** (ErlangError) Erlang error: \(reason.inspect())")
        }
    }
}
