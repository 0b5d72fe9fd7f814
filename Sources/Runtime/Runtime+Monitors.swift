import Terms

extension Runtime {
    /// Makes `watcher` monitor `pid` (`Process.monitor/1`) and returns the ref.
    /// A dead pid gets `{:DOWN, ref, :process, pid, :noproc}` at once.
    public func monitor(_ watcher: ProcessControlBlock, _ pid: Pid) -> Ref {
        defer { if steering != nil { offerPreemption() } }
        guard let target = table.lookup(pid) else {
            let ref = makeRef()
            deliver(Runtime.downMessage(ref: ref, pid: pid, reason: .atom(.noproc)), to: watcher, from: nil)
            return ref
        }
        return addMonitor(watcher: watcher, target: target)
    }

    /// Removes the monitor `ref` that `watcher` holds (`Process.demonitor/2`);
    /// with `flush`, also removes its `:DOWN` message if it already arrived.
    /// Returns whether the monitor was still active.
    @discardableResult
    public func demonitor(_ watcher: ProcessControlBlock, _ ref: Ref, flush: Bool = false) -> Bool {
        if flush {
            watcher.mailbox.removeAll { Runtime.isDownMessage($0, for: ref) }
        }
        guard let index = watcher.watched.firstIndex(where: { $0.ref == ref }) else { return false }
        let target = watcher.watched.remove(at: index).other
        if let process = table.lookup(target), let back = process.watchers.firstIndex(where: { $0.ref == ref }) {
            process.watchers.remove(at: back)
        }
        return true
    }

    func addMonitor(watcher: ProcessControlBlock, target: ProcessControlBlock) -> Ref {
        let ref = makeRef()
        watcher.watched.append(MonitorLink(ref: ref, other: target.pid))
        target.watchers.append(MonitorLink(ref: ref, other: watcher.pid))
        notify(.monitor(watcher: watcher.pid, target: target.pid, ref: ref))
        return ref
    }

    /// `{:DOWN, ref, :process, pid, reason}`.
    static func downMessage(ref: Ref, pid: Pid, reason: Term) -> Term {
        .tuple(.atom(.down), .ref(ref), .atom(.process), .pid(pid), reason)
    }

    private static func isDownMessage(_ message: Term, for ref: Ref) -> Bool {
        guard case .tuple(let tuple) = message, tuple.elements.count == 5,
              case .atom(let tag) = tuple.elements[0], tag == .down,
              case .ref(let found) = tuple.elements[1] else { return false }
        return found == ref
    }
}
