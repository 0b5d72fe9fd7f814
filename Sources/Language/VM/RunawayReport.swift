import Runtime
import Terms

/// Says where processes still running were when a limit stopped them: for each, who it is
/// and the function and `file:line` where it spent most of its time (sampled at each
/// preemption), or where it was when stopped: where a loop that never ends spins.
enum RunawayReport {
    /// The most processes named; the rest are counted.
    static let shownProcesses = 5

    /// The report's lines for the live processes that were not waiting in a receive.
    static func lines(in runtime: Runtime, among pids: Set<Pid>? = nil, indent: String = "") -> [String] {
        let running = runtime.livePids.compactMap(runtime.process).filter { process in
            !process.isWaiting && (pids?.contains(process.pid) ?? true) && process.runningBody is Machine
        }
        guard !running.isEmpty else { return [] }
        var lines = [indent + (running.count == 1 ? "Still running when it was stopped:" : "Still running when they were stopped:")]
        for process in running.prefix(shownProcesses) {
            guard let machine = process.runningBody as? Machine else { continue }
            let who = process.name.map { Term.atom($0).inspect() + " " } ?? ""
            if let hot = machine.hotLocations.hottest {
                let share = Int((hot.share * 100).rounded())
                lines.append(indent + "  \(who)\(process.pid.inspectText) spent most of its time (\(share)% of its preemptions) in \(hot.code.displayName) at \(hot.code.location(line: hot.line))")
            } else if let location = machine.currentLocation {
                lines.append(indent + "  \(who)\(process.pid.inspectText) in \(location.code.displayName) at \(location.code.location(line: location.line))")
            }
        }
        if running.count > shownProcesses { lines.append(indent + "  ... and \(running.count - shownProcesses) more") }
        return lines
    }
}
