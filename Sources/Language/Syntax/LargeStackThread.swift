import Foundation

/// Runs work on a fresh thread with a large stack, so deep (but bounded) recursion never
/// depends on how much stack the calling thread happens to have.
enum LargeStackThread {
    /// The stack given to each run: enough for the parser's nesting limit in a debug build.
    static let stackSize = 128 << 20

    /// Runs `work` on a new thread with `stackSize` bytes of stack and returns its result.
    static func run<Value: Sendable>(_ work: @escaping @Sendable () -> Value) -> Value {
        let box = ResultBox<Value>()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = work()
            finished.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        finished.wait()
        guard let value = box.value else { return work() }
        return value
    }
}

/// Carries a result from the worker thread back to the waiting caller; the semaphore orders the accesses.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    var value: Value?
}
