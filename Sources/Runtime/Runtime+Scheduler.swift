import Terms

extension Runtime {
    /// Runs processes until `target` exits, until nothing can ever run again,
    /// until `limits` run out, or until the runtime's clock reaches `deadline`
    /// (`.deadlineReached`; a run in which nothing can ever happen again ends at once
    /// as a deadlock instead of waiting for it). May be called again to go on.
    /// With `stopWhen`, it also stops (`.finished`) as soon as that holds after a slice.
    public func run(
        until target: Pid? = nil, limits: RunLimits = .unlimited, deadline: ClockInstant? = nil, stopWhen: (() -> Bool)? = nil
    ) -> RunOutcome {
        var budget = RunBudget(limits: limits)
        let watched = target.flatMap { table.lookup($0) }
        watched?.keepsExitRecord = true
        if let target, watched == nil { return exitOutcome(of: target) }
        while true {
            if let watched, watched.state == .exited { return exitOutcome(of: watched.pid) }
            if let stopWhen, stopWhen() { return .finished }
            if let deadline, clock.now >= deadline { return .deadlineReached }
            fireDueTimers()
            if let process = nextInRunQueue() {
                guard process.state == .runnable else { continue }
                let spent = runSlice(of: process)
                if budget.charge(spent) { return .budgetExhausted }
            } else if let next = nextLiveDeadline() {
                if !idle(until: deadline.map { min($0, next) } ?? next, budget: budget) { return .budgetExhausted }
            } else {
                return idleOutcome()
            }
        }
    }

    /// Runs processes while any can run right now, without waiting for timers; returns
    /// `.finished` when none can (the REPL lets background work settle between inputs),
    /// or `.exited` as soon as `target` has exited.
    public func runWhileRunnable(watching target: Pid? = nil, limits: RunLimits = .unlimited) -> RunOutcome {
        var budget = RunBudget(limits: limits)
        while true {
            if let target, table.lookup(target) == nil { return exitOutcome(of: target) }
            fireDueTimers()
            guard let process = nextInRunQueue() else { return .finished }
            guard process.state == .runnable else { continue }
            if budget.charge(runSlice(of: process)) { return .budgetExhausted }
        }
    }

    /// Makes a process that waits in a receive run again without a message: its body
    /// has new work from the host (the REPL's shell gets its next input this way).
    public func resume(_ pid: Pid) {
        guard let process = table.lookup(pid), process.state == .waiting else { return }
        makeRunnable(process)
    }

    /// The process the schedule runs next: the front of the run queue, unless a steered schedule picks another.
    @inline(__always)
    private func nextInRunQueue() -> ProcessControlBlock? {
        guard let steering, runQueue.count > 1 else { return runQueue.popFirst() }
        return runQueue.remove(at: steering.nextIndex(among: runQueue.count))
    }

    /// Runs one slice of `process` and returns the reductions it spent.
    private func runSlice(of process: ProcessControlBlock) -> Int {
        process.state = .running
        current = process
        let before = process.reductions
        var budget = options.reductionsPerSlice
        if let steering {
            process.yieldRequested = false
            if table.count > 1 { budget = steering.sliceBudget(full: budget) }
        }
        let step = process.body.run(process, budget: budget)
        current = nil
        if case .yielded = step, process.reductions == before {
            process.reductions &+= options.reductionsPerSlice
        }
        let spent = process.reductions &- before
        clock.charge(reductions: spent)
        if let pending = process.pendingExit {
            terminate(process, reason: pending.reason, killedBy: pending.from, report: nil)
            return spent
        }
        switch step {
        case .yielded:
            makeRunnable(process)
        case .waiting(let deadline):
            wait(process, until: deadline)
        case .exited(let cause):
            let report: String? = if case .crash(_, let report) = cause { report } else { nil }
            terminate(process, reason: cause.reason, killedBy: nil, report: report)
        }
        checkMemory(ranLast: process, reductions: spent)
        return spent
    }

    /// Parks a process in its receive, unless a message it has not seen or its deadline is already there.
    private func wait(_ process: ProcessControlBlock, until deadline: ClockInstant?) {
        if process.mailbox.hasUnscannedMessages {
            makeRunnable(process)
            return
        }
        guard let deadline else {
            process.state = .waiting
            return
        }
        if deadline <= clock.now {
            process.receiveTimedOut = true
            makeRunnable(process)
            return
        }
        process.state = .waiting
        process.receiveTimedOut = false
        if process.armedDeadline != deadline {
            process.armedDeadline = deadline
            timers.insert(deadline: deadline, action: .wake(serial: process.pid.serial, receiveNumber: process.receiveNumber))
        }
    }

    /// Lets time pass until `deadline`, or until the wall-time budget ends (then false).
    private func idle(until deadline: ClockInstant, budget: RunBudget) -> Bool {
        guard let remaining = budget.remainingWallTime else {
            clock.idle(until: deadline)
            return true
        }
        guard remaining > 0 else { return false }
        let now = clock.now
        if clock.kind == .real, deadline.nanoseconds - now.nanoseconds > remaining {
            clock.idle(until: ClockInstant(nanoseconds: now.nanoseconds + remaining))
            return false
        }
        clock.idle(until: deadline)
        return true
    }

    @inline(__always)
    func makeRunnable(_ process: ProcessControlBlock) {
        process.state = .runnable
        runQueue.append(process)
    }

    /// The outcome for a target that exited; one that died unrecorded before the run counts as `:noproc`.
    private func exitOutcome(of target: Pid) -> RunOutcome {
        .exited(exitRecords[target] ?? ExitRecord(pid: target, reason: .atom(.noproc), killedBy: nil, crashReport: nil))
    }

    /// `.finished` when no process is left, otherwise a deadlock naming the waiting processes.
    private func idleOutcome() -> RunOutcome {
        let waiting = table.processes.filter { $0.state == .waiting }.map(\.pid).sorted()
        return waiting.isEmpty ? .finished : .deadlock(waiting: waiting)
    }
}

/// What is left of a run's wall-time and reduction budget.
private struct RunBudget {
    private var reductionsLeft: Int?
    private let wallDeadline: ClockInstant?
    private let wallClock = RuntimeClock(kind: .real, virtualNanosecondsPerReduction: 0)
    private var slicesSinceWallCheck = 0
    private var reductionsSinceWallCheck = 0

    init(limits: RunLimits) {
        reductionsLeft = limits.reductions
        wallDeadline = limits.wallTimeNanoseconds.map { ClockInstant(nanoseconds: $0) }
    }

    /// Charges a slice; true when the budget is used up.
    mutating func charge(_ reductions: Int) -> Bool {
        if let left = reductionsLeft {
            reductionsLeft = left &- reductions
            if left &- reductions <= 0 { return true }
        }
        guard let wallDeadline else { return false }
        slicesSinceWallCheck &+= 1
        reductionsSinceWallCheck &+= reductions
        // The clock is read every 64 slices, or sooner when slices charged for heavy work.
        guard slicesSinceWallCheck >= 64 || reductionsSinceWallCheck >= 1 << 18 else { return false }
        slicesSinceWallCheck = 0
        reductionsSinceWallCheck = 0
        return wallClock.now >= wallDeadline
    }

    /// Nanoseconds of wall time left, or nil without a wall-time limit.
    var remainingWallTime: Int64? {
        wallDeadline.map { $0.nanoseconds - wallClock.now.nanoseconds }
    }
}
