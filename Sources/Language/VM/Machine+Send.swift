import Runtime
import Terms

extension Machine {
    /// `send(destination, message)` with both on the stack, done here when the destination is a pid:
    /// the message goes into the receiver's mailbox and stays on the stack as the result, with no
    /// builtin call. False, with nothing done, for a name or a bad destination (the builtin raises as
    /// Elixir does) and for a binary message (the builtin charges its size, see `WorkCharge`).
    @inline(__always)
    func sendToPid(_ process: ProcessControlBlock) -> Bool {
        guard case .pid(let pid) = stack[stack.count - 2] else { return false }
        if case .binary = stack[stack.count - 1] { return false }
        let message = stack.removeLast()
        stack.removeLast()
        process.send(message, to: pid)
        stack.append(message)
        return true
    }
}
