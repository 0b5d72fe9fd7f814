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
    /// How many processes it had spawned.
    public let spawnCount: Int
    /// How many processes were alive.
    public let liveProcesses: Int
    /// How many calls deep it was.
    public let callDepth: Int
    /// The bytes of the one allocation that would have passed the limit (0 when the memory in
    /// use was found over the limit between slices).
    public var requestedBytes = 0

    /// What happened, in words a learner can act on.
    public var explanation: String {
        let used = MemoryStop.megabytes(bytesInUse), limit = MemoryStop.megabytes(limitBytes)
        guard requestedBytes == 0 else {
            let requested = MemoryStop.megabytes(requestedBytes)
            return "proctor stopped \(pid.inspectText): it asked for \(requested) more while the program was using \(used) of memory, "
                + "which would pass its limit of \(limit); \(cause)"
        }
        return "proctor stopped \(pid.inspectText): the program was using \(used) of memory, over its limit of \(limit); \(cause)"
    }

    /// Whether the process was stopped for the processes it spawned (which are stopped with it).
    var isSpawnBomb: Bool { mailboxLength <= 10_000 && spawnCount > 10_000 }

    private var cause: String {
        if mailboxLength > 10_000 { return "its mailbox held \(mailboxLength) messages that nobody received" }
        if callDepth > MemoryStop.deepRecursion {
            return "it was \(callDepth) calls deep in a recursion that did not end (a recursive call without a base case, or not in tail position?)"
        }
        if isSpawnBomb {
            return "it had spawned \(spawnCount) processes, and \(liveProcesses) processes were alive (spawn in a loop that never ends?); proctor stopped them too"
        }
        return "it kept building data (a list, map or string that grows without end?)"
    }

    /// Calls deeper than this, when memory runs out, make the stop a runaway recursion's.
    static let deepRecursion = 100_000

    private static func megabytes(_ bytes: Int) -> String {
        guard bytes >= 1 << 30 else { return bytes >= 1 << 20 ? "\(bytes / (1 << 20)) MB" : "\(bytes / 1024) KB" }
        let tenths = bytes * 10 / (1 << 30)
        return "\(tenths / 10).\(tenths % 10) GB"
    }
}

extension Runtime {
    /// After each slice, compares the memory in use with the limit when a reading is due (see
    /// `MemoryWatch`); over it, stops the process most likely to blame (the one with the longest
    /// mailbox when that is long, the one that spawned most of the processes alive when there are
    /// many, else the one that just ran) with reason `:killed`, as the BEAM's `max_heap_size` does.
    func checkMemory(ranLast process: ProcessControlBlock, reductions: Int) {
        guard let used = memoryWatch?.overLimitAfterSlice(reductions: reductions) else { return }
        stopForMemory(memoryCulprit(ranLast: process), bytesInUse: used, requestedBytes: 0)
    }

    /// Whether the running `process` may allocate `bytes` more (a builtin asks before a large
    /// allocation). When they would pass the memory limit, the process is stopped as if it had
    /// been found over the limit (its exit is pending: the caller unwinds) and the answer is false.
    public func admitsAllocation(of bytes: Int, by process: ProcessControlBlock) -> Bool {
        guard let used = memoryWatch?.refusal(ofAnother: bytes) else { return true }
        stopForMemory(process, bytesInUse: used, requestedBytes: bytes)
        return false
    }

    private func stopForMemory(_ culprit: ProcessControlBlock, bytesInUse used: Int, requestedBytes: Int) {
        guard let limit = options.memoryLimitBytes else { return }
        var stop = MemoryStop(
            pid: culprit.pid, bytesInUse: used, limitBytes: limit, mailboxLength: culprit.mailbox.count,
            spawnCount: culprit.spawnCount, liveProcesses: table.count, callDepth: culprit.body.callDepth)
        stop.requestedBytes = requestedBytes
        memoryStops.append(stop)
        logError("[error] " + stop.explanation + "\n", groupLeader: culprit.groupLeader)
        kill(culprit, reason: .atom(.killed), from: nil)
        if stop.isSpawnBomb {
            for child in table.processes where child.spawnedBy == culprit.pid { kill(child, reason: .atom(.killed), from: nil) }
        }
    }

    private func memoryCulprit(ranLast process: ProcessControlBlock) -> ProcessControlBlock {
        let longest = table.processes.max { $0.mailbox.count < $1.mailbox.count }
        if let longest, longest.mailbox.count > 100_000 { return longest }
        if table.count > 10_000, let spawner = table.processes.max(by: { $0.spawnCount < $1.spawnCount }),
            spawner.spawnCount > table.count / 2 {
            return spawner
        }
        return process.state == .exited ? (longest ?? process) : process
    }
}
