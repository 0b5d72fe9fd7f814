import Runtime
import Terms

/// Large allocations ask the runtime first, so one builtin call or instruction can never take
/// the program past its memory limit between two readings of the memory gauge: a binary that
/// doubles itself is stopped before the allocation that would pass the limit, with the same
/// out-of-memory report as a list that grows without end.
enum AllocationCheck {
    /// Allocations smaller than this are not announced (the periodic reading sees them): 64 KB.
    static let announcedBytes = 1 << 16

    /// Bytes of one list cell (an object header, the head and the tail), for builtins that build lists.
    static let bytesPerListCell = 48

    /// What a refused allocation throws: the process has an exit pending (`:killed`, as for any
    /// memory stop), and the VM ends it at once instead of running a handler.
    static let refused = GuestError(.exit, .atom(.killed))

    /// Announces `bytes` about to be allocated by `process`; throws `refused` when they would
    /// pass the memory limit.
    static func reserve(_ bytes: Int, by process: ProcessControlBlock) throws(GuestError) {
        guard bytes >= announcedBytes else { return }
        guard process.runtime.admitsAllocation(of: bytes, by: process) else { throw refused }
    }

    /// The bytes of the binaries among `parts` (what a concatenation of them will take).
    static func binaryBytes(_ parts: some Sequence<Term>) -> Int {
        var bytes = 0
        for part in parts { if case .binary(let box) = part { bytes &+= box.byteCount } }
        return bytes
    }
}
