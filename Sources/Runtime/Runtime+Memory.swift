import Terms

/// A process proctor stopped because the program went over its memory limit.
public struct MemoryStop: Sendable, Equatable {
    /// The process stopped.
    public let pid: Pid
    /// The memory in use when it was stopped.
    public let bytesInUse: Int
    /// The limit.
    public let limitBytes: Int
    /// How many messages waited in its mailbox.
    public let mailboxLength: Int

    /// What happened, in words a learner can act on.
    public var explanation: String {
        let used = MemoryStop.megabytes(bytesInUse), limit = MemoryStop.megabytes(limitBytes)
        let cause = mailboxLength > 10_000
            ? "its mailbox held \(mailboxLength) messages that nobody received"
            : "it kept building data (a list, map or string that grows without end?)"
        return "proctor stopped \(pid.inspectText): the program was using \(used) of memory, over its limit of \(limit); \(cause)"
    }

    private static func megabytes(_ bytes: Int) -> String {
        guard bytes >= 1 << 30 else { return "\(bytes / (1 << 20)) MB" }
        let tenths = bytes * 10 / (1 << 30)
        return "\(tenths / 10).\(tenths % 10) GB"
    }
}

extension Runtime {
    /// How many slices run between two looks at the memory in use.
    static let slicesPerMemoryCheck = 64

    /// Every `slicesPerMemoryCheck` slices, compares the memory in use with the limit; over it,
    /// stops the process most likely to blame (the one with the longest mailbox when that is long,
    /// else the one that just ran) with reason `:killed`, as the BEAM's `max_heap_size` does.
    func checkMemory(ranLast process: ProcessControlBlock) {
        slicesSinceMemoryCheck &+= 1
        guard slicesSinceMemoryCheck >= Runtime.slicesPerMemoryCheck, let limit = options.memoryLimitBytes else { return }
        slicesSinceMemoryCheck = 0
        let used = MemoryGauge.bytesInUse()
        guard used > limit else { return }
        let culprit = memoryCulprit(ranLast: process)
        let stop = MemoryStop(pid: culprit.pid, bytesInUse: used, limitBytes: limit, mailboxLength: culprit.mailbox.count)
        memoryStops.append(stop)
        logError("[error] " + stop.explanation + "\n", groupLeader: culprit.groupLeader)
        kill(culprit, reason: .atom(.killed), from: nil)
    }

    private func memoryCulprit(ranLast process: ProcessControlBlock) -> ProcessControlBlock {
        let longest = table.processes.max { $0.mailbox.count < $1.mailbox.count }
        if let longest, longest.mailbox.count > 100_000 { return longest }
        return process.state == .exited ? (longest ?? process) : process
    }
}
