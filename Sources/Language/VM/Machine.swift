import Runtime
import Terms

/// One frame of guest code: which function, where in it, and where its locals start on the stack.
///
/// 24 bytes, and a plain value: `FrameStack` keeps the module version the function belongs to
/// alive while the frame runs it, whatever version of the module is loaded meanwhile. The
/// function is unmanaged so that pushing and popping frames never counts references.
struct Frame {
    /// The function (kept alive by its module).
    let function: Unmanaged<FunctionCode>
    /// The next instruction.
    var ip: Int32
    /// Where the frame's locals start on the value stack (`Machine.maxStackValues` keeps it in range).
    let base: Int32
    /// Whether this frame holds a reference to its function's module (see `FrameStack`).
    let holdsModule: Bool

    init(function: Unmanaged<FunctionCode>, base: Int, holdsModule: Bool) {
        self.function = function
        self.ip = 0
        self.base = Int32(truncatingIfNeeded: base)
        self.holdsModule = holdsModule
    }

    /// The function the frame runs.
    var code: FunctionCode { function.takeUnretainedValue() }

    /// The module version the function belongs to, without counting a reference.
    @inline(__always)
    var module: Unmanaged<ModuleCode> { function._withUnsafeGuaranteedRef { Unmanaged.passUnretained($0.module) } }
}

/// An installed `try` (or guard) handler: where to resume when something is raised.
struct Handler {
    let frameDepth: Int
    let stackHeight: Int
    let target: Int
    let isGuard: Bool
}

/// A guest process: proctor's bytecode VM running as a runtime process body.
///
/// Guest calls live in `frames` (never on the host stack), tail calls reuse their
/// frame, every call and backward jump costs a reduction, and `receive` suspends
/// by returning `.waiting` to the scheduler.
public final class Machine: ProcessBody {
    /// The code this process can call.
    public let program: Program
    /// A call never starts with more values than this on the stack (so a frame's base fits its 32 bits);
    /// the memory limit stops a runaway recursion long before.
    static let maxStackValues = Int(Int32.max) - Int(UInt16.max)
    /// How many frames `ownCodeLocation` looks through for the program's own code.
    static let ownCodeSearchDepth = 64
    /// Stack doublings of at least this many bytes ask the runtime's memory limit first.
    static let stackGrowthAskedFrom = 1 << 20

    let stack = ValueStack()
    let frames = FrameStack(capacity: 2)
    @exclusivity(unchecked) var handlers = ContiguousArray<Handler>()
    @exclusivity(unchecked) var receiveDeadline: ClockInstant?
    @exclusivity(unchecked) var suspendedInReceive = false
    /// Reductions the builtin running now charged for its work (see `WorkCharge`).
    @exclusivity(unchecked) var chargedWork = 0
    /// What the first function returned, once the machine has finished. Only a real return of the
    /// outermost frame sets it, so the host can trust it (the grader reads a test's result here).
    @exclusivity(unchecked) public internal(set) var finalValue: Term?
    /// Where the process was when it was preempted, counted (see `HotLocations`).
    @exclusivity(unchecked) var hotLocations = HotLocations()
    /// Crash reports, re-raises, paused regex searches and the host's settings, made at first use
    /// (see `MachineRareState`).
    @exclusivity(unchecked) var rare: MachineRareState?
    /// The failed call the error being raised came from (`:erlang.binary_to_integer("x")`), for its stack trace.
    @exclusivity(unchecked) var raiseSite: RaiseSite?

    /// A process that will call `function` with `arguments` (and a closure's `captured` values).
    public init(program: Program, function: FunctionCode, arguments: [Term], captured: [Term] = []) {
        self.program = program
        stack.append(contentsOf: arguments)
        enter(function, argumentCount: arguments.count, captured: captured)
    }

    /// A process that will call the function value `function` with `arguments`.
    public convenience init(program: Program, calling function: Closure, arguments: [Term]) {
        self.init(program: program, function: function.code, arguments: arguments, captured: function.captured)
    }

    /// Pushes a frame for `function`, a function of the running module (a local call), whose
    /// arguments are the top `argumentCount` stack values; returns where its locals start.
    @inline(__always)
    func enterWithinModule(_ function: Unmanaged<FunctionCode>, argumentCount: Int) -> Int {
        let base = stack.count - argumentCount
        reserveLocals(function._withUnsafeGuaranteedRef { $0.localCount } - argumentCount)
        frames.pushWithinModule(function, base: base)
        return base
    }

    /// Pushes a frame for a closure's `code`, placing its captured values in their slots.
    func enter(_ code: FunctionCode, argumentCount: Int, captured: [Term]) {
        let base = stack.count - argumentCount
        reserveLocals(code.localCount - argumentCount)
        place(captured, of: code, base: base)
        frames.push(.passUnretained(code), base: base)
    }

    /// Pushes `nil` for `count` locals beyond a call's arguments.
    @inline(__always)
    private func reserveLocals(_ count: Int) {
        var extra = count
        while extra > 0 {
            stack.append(.nil)
            extra -= 1
        }
    }

    /// Puts a closure's captured values in their slots of the frame starting at `base`.
    @inline(__always)
    private func place(_ captured: [Term], of code: FunctionCode, base: Int) {
        let slots = code.captureSlotBuffer
        for index in 0..<min(slots.count, captured.count) { stack[base + Int(slots[index])] = captured[index] }
    }

    /// Drops stack values above `height`, one at a time (cheaper than a range removal).
    @inline(__always)
    func truncateStack(to height: Int) {
        stack.truncate(to: height)
    }

    /// Replaces the current frame with a call of `code` (a tail call): the arguments take the
    /// place of the frame's locals, and the frame stack keeps the module alive throughout.
    func replace(with code: FunctionCode, argumentCount: Int, captured: [Term]) {
        let base = Int(frames[frames.count - 1].base)
        stack.slide(argumentCount, downTo: base)
        reserveLocals(code.localCount - argumentCount)
        place(captured, of: code, base: base)
        frames.replaceTop(with: .passUnretained(code))
    }

    /// A tail call of `function`, a function of the running module (no captured values).
    @inline(__always)
    func replace(with function: Unmanaged<FunctionCode>, argumentCount: Int) {
        let base = Int(frames[frames.count - 1].base)
        stack.slide(argumentCount, downTo: base)
        reserveLocals(function._withUnsafeGuaranteedRef { $0.localCount } - argumentCount)
        frames.replaceTop(with: function)
    }

    /// Where the process stands now, as `Process.info(pid, :current_stacktrace)` gives it for a
    /// process waiting in a `receive` (what a timed-out test's report shows).
    func currentStacktrace() -> Term {
        StackTrace.waitingTerm(of: frames[0...])
    }
    /// How many frames deep the process is (reported when it runs out of memory).
    public var callDepth: Int { frames.count }

    public func run(_ process: ProcessControlBlock, budget: Int) -> Step {
        if let error = pendingError {
            pendingError = nil
            if let exit = raise(error, process: process) { return exit }
        }
        let step = execute(process, budget: budget)
        frames.shrinkIfSparse()
        stack.shrinkIfSparse()
        if case .yielded = step, let location = ownCodeLocation { hotLocations.sample(location.code, line: location.line) }
        return step
    }
}

extension Machine: GuestCodeRunner {
    func runs(_ module: ModuleCode) -> Bool {
        frames[0...].contains { $0.module.toOpaque() == Unmanaged.passUnretained(module).toOpaque() }
    }
}

extension Machine {
    /// A process that will call `module.function(arguments...)` (`spawn/3`); raises
    /// `UndefinedFunctionError` in the new process when there is no such function.
    static func calling(_ module: Term, _ function: Term, _ arguments: Term, program: Program) throws(GuestError) -> Machine {
        guard case .atom(let moduleAtom) = module else { throw ArgumentChecks.badArgument(1, "not an atom") }
        guard case .atom(let functionAtom) = function else { throw ArgumentChecks.badArgument(2, "not an atom") }
        guard let list = arguments.properListElements else { throw ArgumentChecks.badArgument(3, "not a list") }
        _ = (moduleAtom, functionAtom, list)
        return Machine(program: program, function: program.applyFunction, arguments: [module, function, arguments])
    }
}

extension Machine {
    /// What the process was spawned to run, as a learner reads it: `Pinger.loop/0`,
    /// `anonymous fn/0 in Pinger.start/0`, `the script`. Asked for when it is spawned.
    public var label: String? {
        if let title { return title }
        guard frames.count == 1 else { return nil }
        let code = frames[0].code
        if code.module.isLibrary, code.isAnonymous { return Term.atom(code.module.name).inspect() }
        if code === program.applyFunction, stack.count >= 3, case .atom(let function) = stack[1] {
            let arity = stack[2].properListElements?.count ?? 0
            return "\(stack[0].inspect()).\(function.name)/\(arity)"
        }
        return code.displayName
    }

    /// The receive this process waits in, with the function it is in, while it waits in one.
    var waitingSite: (code: FunctionCode, site: ReceiveSite)? {
        guard suspendedInReceive, frames.count > 0 else { return nil }
        let frame = frames[frames.count - 1]
        return frame.code.receiveSites[Int(frame.ip)].map { (frame.code, $0) }
    }

    /// The innermost place in the program's own code (not the library's) this process is at:
    /// the running function, or the call in it that led into the library (looked for among the
    /// innermost `ownCodeSearchDepth` frames, so a deep recursion inside the library costs little).
    var ownCodeLocation: (code: FunctionCode, line: Int)? {
        var index = frames.count - 1
        while index >= max(frames.count - Machine.ownCodeSearchDepth, 0) {
            let frame = frames[index]
            if !frame.code.module.isLibrary {
                let ip = Int(frame.ip)
                return (frame.code, frame.code.line(at: index == frames.count - 1 ? ip : max(ip - 1, 0)))
            }
            index -= 1
        }
        return currentLocation
    }

    /// The function and line this process is running now (where a runaway loop spins).
    var currentLocation: (code: FunctionCode, line: Int)? {
        guard frames.count > 0 else { return nil }
        let frame = frames[frames.count - 1]
        let line = frame.code.lines.indices.contains(Int(frame.ip)) ? Int(frame.code.lines[Int(frame.ip)]) : 0
        return (frame.code, line)
    }
}
