import Terms

extension Runtime {
    /// Links `process` to `pid` (`Process.link/1`). Linking to a dead pid
    /// sends the linker an exit signal `:noproc`: a trapping linker gets
    /// `{:EXIT, pid, :noproc}` and true; otherwise the call fails (false), and
    /// the language raises the `:noproc` error in the caller.
    public func link(_ process: ProcessControlBlock, to pid: Pid) -> Bool {
        guard pid != process.pid else { return true }
        defer { if steering != nil { offerPreemption() } }
        guard let other = table.lookup(pid) else {
            guard process.trapsExits else { return false }
            deliver(Runtime.exitMessage(from: pid, reason: .atom(.noproc)), to: process, from: nil)
            return true
        }
        addLink(process, other)
        return true
    }

    /// Removes the link between `process` and `pid`, if there is one (`Process.unlink/1`).
    public func unlink(_ process: ProcessControlBlock, from pid: Pid) {
        guard let index = process.links.firstIndex(of: pid) else { return }
        process.links.remove(at: index)
        if let other = table.lookup(pid), let back = other.links.firstIndex(of: process.pid) {
            other.links.remove(at: back)
        }
        notify(.unlink(process.pid, pid))
    }

    func addLink(_ first: ProcessControlBlock, _ second: ProcessControlBlock) {
        guard first !== second, !first.links.contains(second.pid) else { return }
        first.links.append(second.pid)
        second.links.append(first.pid)
        notify(.link(first.pid, second.pid))
    }

    /// The pids `process` is linked to, in ascending order. (The BEAM keeps links in
    /// a tree whose order `Process.info(pid, :links)` shows and no program relies on;
    /// for processes spawned and linked in turn it is this order too.)
    func linkedPids(of process: ProcessControlBlock) -> [Pid] {
        process.links.sorted()
    }

    /// `{:EXIT, from, reason}`, the message a trapping process gets for an exit signal.
    static func exitMessage(from pid: Pid, reason: Term) -> Term {
        .tuple(.atom(.exit), .pid(pid), reason)
    }
}
