import Runtime
import Terms

/// Explains processes that wait in a receive nothing will satisfy (a deadlock, a test that
/// timed out): for each, who it is, the receive it waits in (function and `file:line`), the
/// patterns it waits for, what sits in its mailbox, and the nearest miss in a learner's words.
enum StuckReport {
    /// The most messages shown of one mailbox, as ExUnit shows at most 10.
    static let shownMessages = 10

    /// The explanation's lines for the waiting processes among `pids` (`first` first), indented by `indent`.
    static func lines(for pids: [Pid], first: Pid? = nil, in runtime: Runtime, indent: String = "") -> [String] {
        let ordered = (first.map { [$0] } ?? []) + pids.filter { $0 != first }
        var lines: [String] = []
        for pid in ordered {
            guard let process = runtime.process(pid), process.isWaiting else { continue }
            lines += explain(process, in: runtime).map { indent + $0 }
        }
        return lines
    }

    private static func explain(_ process: ProcessControlBlock, in runtime: Runtime) -> [String] {
        var lines = [describe(process, in: runtime)]
        guard let machine = machine(of: process), let (code, site) = machine.waitingSite else {
            return lines + ["  waits in a receive"]
        }
        lines.append("  waits in the receive at \(code.location(line: site.line)) (in \(code.displayName)) for:")
        lines += site.clauses.map { "    " + $0.text }
        let messages = process.queuedMessages
        if messages.isEmpty {
            lines.append("  its mailbox is empty: no process sent it anything it has not taken yet")
            return lines
        }
        lines.append("  its mailbox holds \(messages.count) \(messages.count == 1 ? "message" : "messages"), none of which matches:")
        lines += messages.prefix(shownMessages).map { "    " + $0.inspect() }
        if messages.count > shownMessages { lines.append("    ... and \(messages.count - shownMessages) more") }
        if let nearest = nearestMiss(messages, site), let reason = nearest.reason {
            lines.append("  nearest miss: \(nearest.message.inspect()) is in the mailbox, but the receive at "
                + "\(code.location(line: site.line)) wants \(nearest.wanted): \(reason)")
        }
        return lines
    }

    /// The VM running in `process`: its body, or the shell's current evaluation.
    private static func machine(of process: ProcessControlBlock) -> Machine? {
        (process.runningBody as? Machine) ?? (process.runningBody as? ShellBody)?.currentMachine
    }

    /// `main (#PID<0.96.0>)`, `:server (#PID<0.97.0>, spawned by #PID<0.96.0>, running Server.loop/1)`.
    private static func describe(_ process: ProcessControlBlock, in runtime: Runtime) -> String {
        var parts = [process.pid.inspectText]
        if let parent = process.parent { parts.append("spawned by \(parent.inspectText)") }
        if let label = process.runningBody.label, !["the script", "the test", "the shell"].contains(label) { parts.append("running \(label)") }
        let name = process.name.map { Term.atom($0).inspect() } ?? role(process.runningBody.label) ?? "a process"
        return "\(name) (\(parts.joined(separator: ", ")))"
    }

    private static func role(_ label: String?) -> String? {
        switch label {
        case "the script": return "the script's main process"
        case "the test": return "the test's process"
        case "the shell": return "the shell"
        default: return nil
        }
    }

    /// The message and clause that come closest to matching, with why they do not.
    private static func nearestMiss(_ messages: [Term], _ site: ReceiveSite) -> (message: Term, wanted: String, reason: String?)? {
        var best: (message: Term, wanted: String, reason: String?, closeness: Int)?
        for message in messages.prefix(shownMessages) {
            for clause in site.clauses {
                let miss = clause.pattern.miss(message)
                if best == nil || miss.closeness > best?.closeness ?? 0 {
                    best = (message, clause.text, miss.reason ?? "a pinned value or a guard refuses it", miss.closeness)
                }
            }
        }
        return best.map { ($0.message, $0.wanted, $0.reason) }
    }
}
