import Runtime
import Terms

/// Calls that need a lookup (remote functions, function values, `apply/3`) and raising.
extension Machine {
    /// Calls the guest or builtin function `name` with the top `argumentCount` stack values.
    /// Returns a step only when the process must stop (an unhandled raise).
    func callGuest(_ name: RemoteName, argumentCount: Int, tail: Bool, process: ProcessControlBlock) -> Step? {
        if let function = program.function(name) {
            return call(function, argumentCount: argumentCount, captured: [], tail: tail, process: process)
        }
        if let index = Builtins.index(of: name) {
            return callBuiltin(index, argumentCount: argumentCount, tail: tail, process: process)
        }
        let arguments = Array(stack[(stack.count - argumentCount)...])
        stack.removeLast(argumentCount)
        do {
            if let value = try ModuleInfo.call(name, arguments, program: program) {
                stack.append(value)
                return tail ? returnFromFrame() : nil
            }
        } catch {
            return raise(error, process: process)
        }
        raiseSite = RaiseSite(name: name, arguments: arguments)
        return raise(undefinedFunction(name), process: process)
    }

    /// Calls the remote name `index` of `code` with the top `argumentCount` stack values, through
    /// the program's inline cache (a lookup by name only the first time, and after modules change).
    /// Returns a step only when the process must stop.
    func callRemote(_ code: FunctionCode, index: Int, argumentCount: Int, tail: Bool, process: ProcessControlBlock) -> Step? {
        let number = code.remoteNumbers[index]
        switch program.callTargets.target(number) {
        case .guest(let function):
            return call(function.takeUnretainedValue(), argumentCount: argumentCount, captured: [], tail: tail, process: process)
        case .builtin(let builtin):
            return callBuiltin(builtin, argumentCount: argumentCount, tail: tail, process: process)
        case .unresolved:
            let name = code.remoteNames[index]
            if let function = program.function(name) {
                program.callTargets.remember(.guest(.passUnretained(function)), for: number)
            } else if let builtin = Builtins.index(of: name) {
                program.callTargets.remember(.builtin(builtin), for: number)
            }
            return callGuest(name, argumentCount: argumentCount, tail: tail, process: process)
        }
    }

    private func call(_ function: FunctionCode, argumentCount: Int, captured: [Term], tail: Bool, process: ProcessControlBlock) -> Step? {
        if tail {
            replace(with: function, argumentCount: argumentCount, captured: captured)
            return nil
        }
        if stack.count >= Machine.maxStackValues {
            stack.removeLast(argumentCount)
            return raise(.stackDepth, process: process)
        }
        if frames.count == frames.capacity, !admitsStackGrowth(process) { return .yielded }
        enter(function, argumentCount: argumentCount, captured: captured)
        return nil
    }

    /// Whether the runtime lets the frame and value stacks double before a call that fills them:
    /// large doublings are asked for first, so an endless recursion is stopped at the memory limit
    /// instead of allocating past it (when refused, the process's exit is pending: it yields and ends).
    func admitsStackGrowth(_ process: ProcessControlBlock) -> Bool {
        let bytes = 2 * (frames.capacity * MemoryLayout<Frame>.stride + stack.capacity * MemoryLayout<Term>.stride)
        return bytes < Machine.stackGrowthAskedFrom || process.runtime.admitsAllocation(of: bytes, by: process)
    }

    /// Calls a builtin found at run time (a remote call, `apply/3`). Its work is charged as a
    /// compiled call charges it: left in `chargedWork`, which the dispatch loop adds after the call.
    private func callBuiltin(_ index: Int32, argumentCount: Int, tail: Bool, process: ProcessControlBlock) -> Step? {
        let arguments = stack[(stack.count - argumentCount)...]
        let result: Term
        do {
            result = try Builtins.table[Int(index)].body(Arguments(arguments), BuiltinContext(process: process, machine: self))
            chargedWork &+= WorkCharge.binaries(arguments) &+ WorkCharge.binaries(CollectionOfOne(result))
        } catch {
            chargedWork = 0
            noteFailedBuiltin(Int(index), arguments: arguments)
            stack.removeLast(argumentCount)
            return raise(error, process: process)
        }
        stack.removeLast(argumentCount)
        stack.append(result)
        if tail { return returnFromFrame() }
        return nil
    }

    /// Records a failed builtin that stands for an Erlang function as the raise site of its error.
    /// `compiledIn` is the code that called it, when it was compiled to call it: there a float
    /// division is an instruction of the BEAM, which leaves no frame of its own.
    func noteFailedBuiltin(_ index: Int, arguments: UnsafeBufferPointer<Term>, compiledIn code: FunctionCode? = nil) {
        let name = Builtins.table[index].name
        if let code, ErlangNames.isFloatInstruction(name), !Self.isScriptCode(code) { return }
        guard let erlangName = ErlangNames.bif(for: name) else { return }
        let extra: [Term] = erlangName.arity > arguments.count ? [.atom("utf8")] : []
        raiseSite = RaiseSite(name: erlangName, arguments: ErlangNames.erlangArguments(for: name, Array(arguments)) + extra)
    }

    /// Whether `code` is a script's top level (or a function written there), which `erl_eval`
    /// runs on the BEAM, calling each operator as a function.
    static func isScriptCode(_ code: FunctionCode) -> Bool {
        code.name == "__script__" || code.name.hasPrefix("-__FILE__/1-fun-")
    }

    /// Returns the value on top of the stack from the current frame (after a builtin tail call).
    private func returnFromFrame() -> Step? {
        let result = stack.removeLast()
        let base = Int(frames[frames.count - 1].base)
        truncateStack(to: base)
        frames.removeLast()
        if frames.isEmpty { return finished(with: result) }
        stack.append(result)
        return nil
    }

    /// `f.(args)`: the function value sits below its arguments.
    func callFunctionValue(argumentCount: Int, tail: Bool, process: ProcessControlBlock) -> Step? {
        let functionIndex = stack.count - argumentCount - 1
        let function = stack.remove(at: functionIndex)
        guard case .fun(let value) = function, let closure = value as? Closure, !closure.module.isPurged || closure.code.onlyCallsOut else {
            stack.removeLast(argumentCount)
            return raise(.badFunction(function), process: process)
        }
        guard closure.arity == argumentCount else {
            let arguments = Array(stack[(stack.count - argumentCount)...])
            stack.removeLast(argumentCount)
            return raise(.exception("BadArityError", [("function", function), ("args", .list(arguments))]), process: process)
        }
        return call(closure.code, argumentCount: argumentCount, captured: closure.captured, tail: tail, process: process)
    }

    /// `apply(module, function, arguments)`.
    func applyRemote(process: ProcessControlBlock) -> Step? {
        let arguments = stack.removeLast()
        let function = stack.removeLast()
        let module = stack.removeLast()
        guard case .atom(let moduleAtom) = module, case .atom(let functionAtom) = function,
            let list = arguments.properListElements
        else {
            return raise(.argument("apply/3 expects a module atom, a function atom and a list of arguments"), process: process)
        }
        stack.append(contentsOf: list)
        let name = RemoteName(module: moduleAtom, function: functionAtom, arity: list.count)
        return callGuest(name, argumentCount: list.count, tail: false, process: process)
    }

    /// `apply(function, arguments)`: the function value called with the list's elements.
    func applyValue(process: ProcessControlBlock) -> Step? {
        let arguments = stack.removeLast()
        guard let list = arguments.properListElements else {
            stack.removeLast()
            return raise(ArgumentChecks.badArgument(2, "not a list"), process: process)
        }
        stack.append(contentsOf: list)
        return callFunctionValue(argumentCount: list.count, tail: false, process: process)
    }

    /// Raises `error` in this process: resumes at the innermost handler, or ends the process.
    func raise(_ error: GuestError, process: ProcessControlBlock) -> Step? {
        let site = raiseSite
        raiseSite = nil
        let kept = reraisedTrace
        reraisedTrace = nil
        if program.haltStatus != nil {
            frames.removeAll()
            stack.removeAll()
            return .exited(.normal)
        }
        // An exit signal or a memory stop arrived during the call: the runtime ends the process
        // when the slice returns, and no handler of the guest may catch it.
        if process.isExitPending { return .yielded }
        while let handler = handlers.popLast() {
            guard handler.frameDepth <= frames.count else { continue }
            let trace = handler.isGuard ? Term.emptyList : kept ?? error.stacktrace ?? StackTrace.term(of: frames[0...], raiseSite: site)
            frames.removeLast(frames.count - handler.frameDepth)
            truncateStack(to: handler.stackHeight)
            frames[frames.count - 1].ip = Int32(truncatingIfNeeded: handler.target)
            if !handler.isGuard {
                stack.append(.tuple(error.kind.atom, error.value, trace))
            }
            return nil
        }
        let traceTerm = crashBeingFormatted == nil ? kept ?? error.stacktrace ?? StackTrace.term(of: frames[0...], raiseSite: site) : crashTraceTerm
        let trace = crashBeingFormatted == nil ? StackTrace.lines(of: traceTerm) : crashStack
        frames.removeAll()
        stack.removeAll()
        if let formatter = messageCallback(for: error) {
            crashBeingFormatted = error
            crashingProcess = process.pid
            crashStack = trace
            crashTraceTerm = traceTerm
            stack.append(error.value)
            enter(formatter, argumentCount: 1, captured: [])
            return nil
        }
        let crash = crashBeingFormatted ?? error
        crashBeingFormatted = nil
        finalError = crash
        finalTrace = trace
        return .exited(ExitCauses.cause(of: crash, stack: trace, trace: traceTerm))
    }

    /// The guest `message/1` of an uncaught exception's module (a `defexception` callback),
    /// which runs before the process ends so its report shows that message.
    private func messageCallback(for error: GuestError) -> FunctionCode? {
        guard crashBeingFormatted == nil, error.kind == .error, let module = error.value.structName else { return nil }
        return program.function(RemoteName(module: module, function: Atom("message"), arity: 1))
    }

    /// How the process ends when its outermost frame returns `result`: normally, or, when
    /// that frame was an uncaught exception's `message/1`, with the crash and that message.
    func finished(with result: Term) -> Step {
        guard let crash = crashBeingFormatted else {
            finalValue = result
            return .exited(exitOnReturn)
        }
        crashBeingFormatted = nil
        finalError = crash
        finalTrace = crashStack
        guard case .success(let text) = result.toDisplayString(), case .binary = result else {
            return .exited(ExitCauses.cause(of: crash, stack: crashStack, trace: crashTraceTerm))
        }
        if let pid = crashingProcess { program.crashMessages[pid] = text }
        return .exited(ExitCauses.cause(of: crash, message: text, stack: crashStack, trace: crashTraceTerm))
    }

    /// The error that `raiseNoMatch` raises for the failure kind `kind`.
    func noMatchError(_ kind: Term, value: Term, code: FunctionCode, base: Int) -> GuestError {
        guard case .atom(let atom) = kind else { return .runtime("no match") }
        switch atom.name {
        case "badmatch": return .exception("MatchError", [("term", value)])
        case "case_clause": return .exception("CaseClauseError", [("term", value)])
        case "with_clause": return .exception("WithClauseError", [("term", value)])
        case "try_clause": return .exception("TryClauseError", [("term", value)])
        case "cond_clause": return .exception("CondClauseError", [])
        default:
            let arguments = (base..<(base + code.arity)).map { stack[$0] }
            return .exception("FunctionClauseError", [
                ("module", .atom(code.module.name)), ("function", .atom(code.name)),
                ("arity", .int(code.arity)), ("kind", code.isAnonymous ? .atom("anonymous") : .atom("def")),
                ("args", .list(arguments)), ("clauses", .nil),
            ])
        }
    }

    /// The stack trace of a caught `{kind, value, stacktrace}`, which raising it again keeps
    /// (so a raise passing through a try at every level of a deep recursion costs one trace).
    static func trace(of caught: Term) -> Term? {
        guard case .tuple(let box) = caught, box.elements.count == 3 else { return nil }
        return box.elements[2]
    }

    /// Turns a caught `{kind, value, stacktrace}` back into the raise it was.
    func reraiseError(_ caught: Term) -> GuestError {
        guard case .tuple(let box) = caught, box.elements.count == 3, let kind = ErrorKind(box.elements[0]) else {
            return .runtime("invalid reraise")
        }
        return GuestError(kind, box.elements[1])
    }

    private func undefinedFunction(_ name: RemoteName) -> GuestError {
        let known = program.module(name.module) != nil || Machine.builtinModules.contains(name.module)
        let reason: Term = known ? .atom("function_not_exported") : .atom("module_could_not_be_loaded")
        let isMacro = program.module(name.module)?.exported(Atom("MACRO-" + name.function.name), arity: name.arity + 1) != nil
        let call = "\(Term.atom(name.module).inspect()).\(name.function.name)/\(name.arity)"
        let message: Term =
            isMacro
            ? .string("function \(call) is undefined or private. However there is a macro with the same name and arity. Be sure to require \(Term.atom(name.module).inspect()) if you intend to invoke this macro")
            : .nil
        return .exception("UndefinedFunctionError", [
            ("module", .atom(name.module)), ("function", .atom(name.function)), ("arity", .int(name.arity)),
            ("reason", reason), ("message", message),
        ])
    }
}

extension Machine {
    /// The modules that have builtins (`String`, `:erlang`): they exist even without guest code.
    static let builtinModules = Set(Builtins.table.map(\.name.module))
}

extension GuestError {
    /// The process's stack outgrew what a frame can address (`Machine.maxStackValues`).
    static let stackDepth = GuestError.exception("SystemLimitError", [
        ("message", .string("a system limit has been reached: the process's stack holds more than \(Machine.maxStackValues) values (deep non-tail recursion?)")),
    ])
}

extension Term {
    /// The elements of a proper list, or nil when the term is not one.
    var properListElements: [Term]? {
        var elements: [Term] = []
        var current = self
        while true {
            switch current {
            case .emptyList: return elements
            case .cons(let cell):
                elements.append(cell.head)
                current = cell.tail
            default: return nil
            }
        }
    }
}
