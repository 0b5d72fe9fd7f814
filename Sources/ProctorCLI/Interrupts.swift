#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Ctrl-C while the shell evaluates (the terminal is not in raw mode then): a signal handler
/// notes it, and the session asks between slices of work.
enum Interrupts {
    private static let pressed = Atomic<Bool>(false)

    /// From now on Ctrl-C (SIGINT) is noted instead of ending proctor (even when whoever
    /// started proctor blocked the signal).
    static func listen() {
        _ = pressed.load(ordering: .relaxed)
        signal(SIGINT) { _ in Interrupts.pressed.store(true, ordering: .relaxed) }
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
    }

    /// Whether Ctrl-C was pressed since the last call.
    static func take() -> Bool {
        pressed.exchange(false, ordering: .relaxed)
    }
}
