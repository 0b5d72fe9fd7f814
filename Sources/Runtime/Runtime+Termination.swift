import Terms

/// A process ending, queued so that a chain of linked deaths is handled in a
/// loop rather than by host recursion.
struct Termination {
    let process: ProcessControlBlock
    let reason: Term
    let killedBy: Pid?
    let report: String?
}

extension Runtime {
    /// Ends `process` with `reason` and sends its exit signals and `:DOWN`
    /// messages; deaths those signals cause are handled in the same loop.
    func terminate(_ process: ProcessControlBlock, reason: Term, killedBy: Pid?, report: String?) {
        pendingTerminations.append(Termination(process: process, reason: reason, killedBy: killedBy, report: report))
        guard !isTerminating else { return }
        isTerminating = true
        while let termination = pendingTerminations.popFirst() {
            finish(termination)
        }
        isTerminating = false
    }

    private func finish(_ termination: Termination) {
        let process = termination.process
        guard process.state != .exited else { return }
        process.state = .exited
        table.remove(process.pid)
        if let name = process.registeredName { names[name] = nil }
        if !tables.isEmpty { releaseTables(ownedBy: process) }
        notify(.exit(pid: process.pid, reason: termination.reason))
        if let report = termination.report, process.logsCrashes {
            logError(ErrorLogger.processCrashReport(pid: process.pid, report: report), groupLeader: process.groupLeader)
        }
        if process.keepsExitRecord {
            exitRecords[process.pid] = ExitRecord(
                pid: process.pid, reason: termination.reason,
                killedBy: termination.killedBy, crashReport: termination.report
            )
        }
        signalLinks(of: process, reason: termination.reason)
        signalWatchers(of: process, reason: termination.reason)
        releaseMonitors(heldBy: process)
        process.mailbox.clear()
        process.dictionary = ProcessDictionary()
    }

    private func signalLinks(of process: ProcessControlBlock, reason: Term) {
        let links = process.links
        process.links = []
        for pid in links {
            guard let other = table.lookup(pid) else { continue }
            if let back = other.links.firstIndex(of: process.pid) { other.links.remove(at: back) }
            sendLinkSignal(to: other, from: process.pid, reason: reason)
        }
    }

    private func signalWatchers(of process: ProcessControlBlock, reason: Term) {
        let watchers = process.watchers
        process.watchers = []
        for monitor in watchers {
            guard let watcher = table.lookup(monitor.other) else { continue }
            if let index = watcher.watched.firstIndex(where: { $0.ref == monitor.ref }) {
                watcher.watched.remove(at: index)
            }
            deliver(Runtime.downMessage(ref: monitor.ref, pid: process.pid, reason: reason), to: watcher, from: process.pid)
            notify(.down(watcher: watcher.pid, target: process.pid, ref: monitor.ref, reason: reason))
        }
    }

    private func releaseMonitors(heldBy process: ProcessControlBlock) {
        let watched = process.watched
        process.watched = []
        for monitor in watched {
            guard let target = table.lookup(monitor.other),
                  let index = target.watchers.firstIndex(where: { $0.ref == monitor.ref }) else { continue }
            target.watchers.remove(at: index)
        }
    }
}
