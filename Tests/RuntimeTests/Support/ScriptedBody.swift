@testable import Runtime
import Terms

/// One step of a scripted test process.
enum Action {
    /// Runs Swift code once (send, link, spawn, ...).
    case run((ProcessControlBlock) -> Void)
    /// Waits for the oldest message `matching` accepts, then hands it to `then`.
    case receive(matching: (Term) -> Bool, then: (ProcessControlBlock, Term) -> Void)
    /// As `receive`, but gives up after `milliseconds`; `then` gets nil on timeout.
    case receiveWithin(milliseconds: Int, matching: (Term) -> Bool = { _ in true }, then: (ProcessControlBlock, Term?) -> Void)
    /// Receives messages forever, handing each to `handler`; stops when it returns false.
    case receiveEach((ProcessControlBlock, Term) -> Bool)
    /// Waits `milliseconds` (`Process.sleep`).
    case sleep(milliseconds: Int)
    /// Gives the rest of the slice to other processes.
    case yield
    /// Burns its whole budget every slice, forever.
    case spinForever
    /// Ends the process.
    case exit(ExitCause)

    /// Waits for the oldest message `matching` accepts (any by default), then hands it to `then`.
    static func take(
        _ matching: @escaping (Term) -> Bool = { _ in true }, then: @escaping (ProcessControlBlock, Term) -> Void
    ) -> Action {
        .receive(matching: matching, then: then)
    }

    /// Waits for a message `matching` accepts and drops it.
    static func take(_ matching: @escaping (Term) -> Bool = { _ in true }) -> Action {
        .receive(matching: matching, then: { _, _ in })
    }
}

/// A process body that performs a list of actions in order, then exits normally.
final class ScriptedBody: ProcessBody {
    private let actions: [Action]
    private var index = 0
    private var deadline: ClockInstant?
    /// How many times the scheduler ran this body.
    private(set) var slices = 0

    init(_ actions: [Action]) {
        self.actions = actions
    }

    func run(_ process: ProcessControlBlock, budget: Int) -> Step {
        slices += 1
        process.reductions += 1
        while index < actions.count {
            if let step = perform(actions[index], process, budget: budget) { return step }
            if process.isExitPending { return .yielded }
        }
        return .exited(.normal)
    }

    /// Performs one action: nil when it finished (go on), a step when the body must stop.
    private func perform(_ action: Action, _ process: ProcessControlBlock, budget: Int) -> Step? {
        switch action {
        case .run(let code):
            code(process)
            index += 1
        case .receive(let matching, let then):
            guard let message = process.receive(where: matching) else { return .waiting(deadline: nil) }
            index += 1
            then(process, message)
        case .receiveWithin(let milliseconds, let matching, let then):
            return receive(within: milliseconds, matching: matching, process) { then(process, $0) }
        case .receiveEach(let handler):
            guard let message = process.receive(where: { _ in true }) else { return .waiting(deadline: nil) }
            if !handler(process, message) { index += 1 }
        case .sleep(let milliseconds):
            return receive(within: milliseconds, matching: { _ in false }, process) { _ in }
        case .yield:
            index += 1
            return .yielded
        case .spinForever:
            process.reductions += budget
            return .yielded
        case .exit(let cause):
            return .exited(cause)
        }
        return nil
    }

    private func receive(
        within milliseconds: Int, matching: (Term) -> Bool, _ process: ProcessControlBlock, then: (Term?) -> Void
    ) -> Step? {
        let deadline = self.deadline ?? process.runtime.now.adding(milliseconds: milliseconds)
        if let message = process.receive(where: matching) {
            finishReceive()
            then(message)
        } else if process.receiveTimedOut || milliseconds == 0 {
            process.endReceiveAfterTimeout()
            finishReceive()
            then(nil)
        } else {
            self.deadline = deadline
            return .waiting(deadline: deadline)
        }
        return nil
    }

    private func finishReceive() {
        deadline = nil
        index += 1
    }
}

/// Builds test runtimes and processes with little ceremony.
extension Runtime {
    /// A runtime on the virtual clock that captures output.
    static func forTesting(
        clock: ClockKind = .virtual, maxProcesses: Int = 262_144, observer: RuntimeObserver? = nil
    ) -> (Runtime, CapturingOutputSink) {
        let sink = CapturingOutputSink()
        let runtime = Runtime(options: RuntimeOptions(clock: clock, maxProcesses: maxProcesses, observer: observer, output: sink))
        return (runtime, sink)
    }

    /// Spawns a scripted process from the host.
    @discardableResult
    func start(_ actions: Action..., options: SpawnOptions = SpawnOptions()) -> Pid {
        (try? spawn(ScriptedBody(actions), options: options).pid) ?? Pid(serial: 0)
    }
}

/// Spawns a scripted child of `process`.
extension ProcessControlBlock {
    @discardableResult
    func start(_ actions: Action..., options: SpawnOptions = SpawnOptions()) -> SpawnedProcess {
        (try? spawn(ScriptedBody(actions), options: options)) ?? SpawnedProcess(pid: Pid(serial: 0), monitorRef: nil)
    }
}

/// A place where test processes write down what they saw.
final class Log {
    private(set) var entries: [Term] = []

    func append(_ term: Term) { entries.append(term) }
}

/// Whether two terms are identical (`===`).
func same(_ lhs: Term, _ rhs: Term) -> Bool { lhs == rhs }

/// Whether two term lists are identical element by element.
func same(_ lhs: [Term], _ rhs: [Term]) -> Bool {
    lhs == rhs
}

/// Matches any message that is the atom `name`.
func isAtom(_ name: String) -> (Term) -> Bool {
    { termIsAtom($0, Atom(name)) }
}

/// Counts and sums numbers test processes report.
final class Tally {
    private(set) var count = 0
    private(set) var sum = 0

    func add(_ number: Int) {
        count += 1
        sum += number
    }
}
