import Runtime
import Terms

/// How an unhandled raise ends a process, in the runtime's terms.
enum ExitCauses {
    /// The exit cause for `error`; `message` (from the exception's own `message/1`) replaces the
    /// built-in text, the report ends with the `stack` lines, and a raise's reason is
    /// `{exception, trace}` (`trace` as `__STACKTRACE__` holds it), as on the BEAM.
    static func cause(of error: GuestError, message: String? = nil, stack: [String] = [], trace: Term = .emptyList) -> ExitCause {
        switch error.kind {
        case .exit:
            if case .atom(let atom) = error.value, atom == .normal { return .normal }
            return .exit(error.value)
        case .error:
            return .crash(reason: .tuple(ErlangReasons.reason(for: error.value), trace), report: StackTrace.appended(to: ExceptionFormatter.banner(error.value, message: ArithmeticBlame.message(error.value, trace: trace) ?? message), stack))
        case .throw:
            let reason = Term.tuple(.atom("nocatch"), error.value)
            return .crash(reason: .tuple(reason, trace), report: "** (ErlangError) Erlang error: \(reason.inspect())")
        }
    }
}
