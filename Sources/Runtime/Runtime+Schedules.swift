import Terms

extension Runtime {
    /// The schedule the scheduler follows from now on (nil: the plain default, which
    /// remembers no choices). Setting one starts its choices afresh.
    public var schedule: Schedule? {
        get { steering?.schedule }
        set { steering = newValue.map(ScheduleSteering.init) }
    }

    /// The choices the scheduler made since the schedule was set, with how many options
    /// each had (at most the first 4096): where a search can deviate next.
    public var choicePoints: [ScheduleChoicePoint] {
        steering?.points ?? []
    }

    /// After an operation other processes can see, a steered schedule may preempt the
    /// process that did it (when another process could run instead).
    @inline(__always)
    func offerPreemption() {
        guard let steering, let current, !runQueue.isEmpty, steering.preemptsAfterOperation() else { return }
        current.yieldRequested = true
    }

    /// What a later `rewind(to:)` brings back: the processes alive now, the next pid and
    /// ref numbers, the virtual clock, and the timers.
    public func checkpoint() -> RuntimeCheckpoint {
        RuntimeCheckpoint(
            live: Set(livePids), serialCursor: table.serialCursor, refNumber: nextRefNumber,
            time: clock.now, timers: timers, activeTimers: activeTimers, persistentTerms: persistentTerms)
    }

    /// Goes back to `checkpoint`: kills every process started since (their tables go with them),
    /// and restores the pid and ref numbers, the virtual clock, the timers and the persistent
    /// terms, so a run from here numbers its processes and refs, keeps its time and finds the
    /// shared state exactly as a run from the checkpoint did.
    public func rewind(to checkpoint: RuntimeCheckpoint) {
        steering = nil
        for pid in livePids where !checkpoint.live.contains(pid) { kill(pid) }
        _ = runWhileRunnable(limits: RunLimits(reductions: 100_000))
        var kept = RingBuffer<ProcessControlBlock>()
        while let process = runQueue.popFirst() {
            if process.state == .runnable { kept.append(process) }
        }
        runQueue = kept
        table.serialCursor = checkpoint.serialCursor
        deleteTables(madeFrom: checkpoint.refNumber)
        nextRefNumber = checkpoint.refNumber
        clock.rewind(to: checkpoint.time)
        timers = checkpoint.timers
        activeTimers = checkpoint.activeTimers
        persistentTerms = checkpoint.persistentTerms
        for pid in exitRecords.keys where pid.serial >= checkpoint.serialCursor { exitRecords[pid] = nil }
    }
}

/// A point a runtime can go back to between two runs of the same test under different schedules.
public struct RuntimeCheckpoint {
    /// The processes alive at the checkpoint.
    public let live: Set<Pid>
    let serialCursor: UInt32
    let refNumber: UInt64
    let time: ClockInstant
    let timers: TimerQueue
    let activeTimers: [Ref: ClockInstant]
    let persistentTerms: PersistentTerms
}
