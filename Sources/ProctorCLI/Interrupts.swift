#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Ctrl-C while the shell evaluates (the terminal is not in raw mode then): a signal handler
/// notes it, and the session asks between slices of work.
enum Interrupts {
    private static let pressed = Atomic<Bool>(false)

    /// From now on Ctrl-C (SIGINT) is noted instead of ending proctor.
    static func listen() {
        _ = pressed.load(ordering: .relaxed)
        signal(SIGINT) { _ in Interrupts.pressed.store(true, ordering: .relaxed) }
    }

    /// Whether Ctrl-C was pressed since the last call.
    static func take() -> Bool {
        pressed.exchange(false, ordering: .relaxed)
    }
}
