import Terms

/// The report Elixir 1.14's Logger prints when a GenServer stops with an abnormal reason:
/// `[error] GenServer :a terminating`, the reason (`** (RuntimeError) oops` with its stack, or
/// `** (stop) :why`), the last message (with its caller for a call), the state and the caller
/// (its stack after a blank line, as Elixir prints it).
struct ServerCrashReport {
    /// The server's registered name, else its pid.
    let label: Term
    let reason: Term
    /// Where an `exit` in a callback was called (empty for a `{:stop, ...}` return).
    let stack: Term
    let lastMessage: Term
    /// The calling pid when the last message was a call, else nil.
    let client: Term
    let state: Term

    /// The report's text; `clientStack` is the caller's stack, nil when it is dead.
    func text(clientStack: [String]?) -> String {
        var lines = ["", "[error] GenServer \(label.inspect()) terminating", stopText]
        if case .pid(let pid) = client {
            lines.append("Last message (from \(pid.inspectText)): \(lastMessage.inspect())")
        } else {
            lines.append("Last message: \(lastMessage.inspect())")
        }
        lines.append("State: \(state.inspect())")
        if case .pid(let pid) = client {
            if let clientStack {
                lines.append(StackTrace.appended(to: "Client \(pid.inspectText) is alive\n", clientStack))
            } else {
                lines.append("Client \(pid.inspectText) is dead")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `** (RuntimeError) oops` with the stack for a raise, `** (stop) reason` (with the stack of an
    /// `exit` in a callback) for the rest.
    private var stopText: String {
        if let exception = ExitFormatter.exceptionOf(reason), case .tuple(let box) = reason {
            return StackTrace.appended(to: ExceptionFormatter.banner(exception), StackTrace.lines(of: box.elements[1]))
        }
        return StackTrace.appended(to: "** (stop) " + ExitFormatter.format(reason), StackTrace.lines(of: stack))
    }
}
