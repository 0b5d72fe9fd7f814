import Runtime
import Terms

/// `self`, `send`, `spawn*`, `Process.*`, `IO` output and `System.monotonic_time`.
enum ProcessBuiltins {
    static var all: [Builtin] {
        var kernel = BuiltinModule("Elixir.Kernel")
        defineKernel(&kernel)
        var process = BuiltinModule("Elixir.Process")
        defineProcess(&process)
        defineProcessSignals(&process)
        var io = BuiltinModule("Elixir.IO")
        defineIO(&io)
        var system = BuiltinModule("Elixir.System")
        system.define("monotonic_time", 0) { (_, context) throws(GuestError) -> Term in
            .int(Int(context.process.runtime.now.nanoseconds))
        }
        system.define("monotonic_time", 1) { (args, context) throws(GuestError) -> Term in
            let nanoseconds = Int(context.process.runtime.now.nanoseconds)
            return try TimeUnits.convert(nanoseconds, to: args[0])
        }
        return kernel.builtins + process.builtins + io.builtins + system.builtins
    }

    private static func defineKernel(_ kernel: inout BuiltinModule) {
        kernel.define("self", 0) { (_, context) throws(GuestError) -> Term in .pid(context.process.pid) }
        kernel.define("send", 2) { (args, context) throws(GuestError) -> Term in
            try send(args[1], to: args[0], from: context.process)
            return args[1]
        }
        for (name, options) in [("spawn", SpawnOptions()), ("spawn_link", SpawnOptions(link: true)), ("spawn_monitor", SpawnOptions(monitor: true))] {
            kernel.define(name, 1) { (args, context) throws(GuestError) -> Term in
                let closure = try ArgumentChecks.closure(args[0], arity: 0)
                let machine = Machine(program: context.machine.program, calling: closure, arguments: [])
                return try spawn(machine, options: options, context: context)
            }
            kernel.define(name, 3) { (args, context) throws(GuestError) -> Term in
                let machine = try Machine.calling(args[0], args[1], args[2], program: context.machine.program)
                return try spawn(machine, options: options, context: context)
            }
        }
    }

    static func send(_ message: Term, to destination: Term, from process: ProcessControlBlock) throws(GuestError) {
        switch destination {
        case .pid(let pid): process.send(message, to: pid)
        case .atom(let name):
            guard process.send(message, toName: name) else {
                throw ArgumentChecks.badArgument(1, "invalid destination")
            }
        default: throw ArgumentChecks.badArgument(1, "invalid destination")
        }
    }

    static func spawn(_ machine: Machine, options: SpawnOptions, context: BuiltinContext) throws(GuestError) -> Term {
        do {
            let spawned = try context.process.spawn(machine, options: options)
            if let ref = spawned.monitorRef { return .tuple(.pid(spawned.pid), .ref(ref)) }
            return .pid(spawned.pid)
        } catch {
            throw .exception("SystemLimitError", [
                ("message", .string("a system limit has been reached: more than \(error.maxProcesses) processes")),
            ])
        }
    }

    private static func defineProcess(_ process: inout BuiltinModule) {
        process.define("alive?", 1) { (args, context) throws(GuestError) -> Term in
            .bool(context.process.runtime.isAlive(try ArgumentChecks.pid(args[0])))
        }
        process.define("register", 2) { (args, context) throws(GuestError) -> Term in
            let pid = try ArgumentChecks.pid(args[0])
            do throws(RegistrationError) {
                try context.process.runtime.register(pid, as: args[1])
            } catch .invalidName {
                throw ArgumentChecks.badArgument(2, "not an atom")
            } catch {
                throw .argument(RegistrationError.cannotRegisterMessage(pid: pid, name: (try? ArgumentChecks.atom(args[1])) ?? .nil))
            }
            return .true
        }
        process.define("unregister", 1) { (args, context) throws(GuestError) -> Term in
            let name = try ArgumentChecks.atom(args[0])
            do {
                try context.process.runtime.unregister(name)
            } catch {
                throw ArgumentChecks.badArgument(1, "not a pid")
            }
            return .true
        }
        process.define("whereis", 1) { (args, context) throws(GuestError) -> Term in
            context.process.runtime.whereis(try ArgumentChecks.atom(args[0])).map(Term.pid) ?? .nil
        }
        process.define("info", 1) { (args, context) throws(GuestError) -> Term in
            context.process.runtime.info(try ArgumentChecks.pid(args[0]))
        }
        process.define("put", 2) { (args, context) throws(GuestError) -> Term in
            context.process.dictionaryPut(args[1], for: args[0]) ?? .nil
        }
        process.define("get", 1) { (args, context) throws(GuestError) -> Term in
            context.process.dictionaryValue(for: args[0]) ?? .nil
        }
        process.define("get", 2) { (args, context) throws(GuestError) -> Term in
            context.process.dictionaryValue(for: args[0]) ?? args[1]
        }
        process.define("get", 0) { (_, context) throws(GuestError) -> Term in
            .list(context.process.dictionaryEntries.map { .tuple($0.key, $0.value) })
        }
        process.define("delete", 1) { (args, context) throws(GuestError) -> Term in
            context.process.dictionaryDelete(args[0]) ?? .nil
        }
    }

    private static func defineProcessSignals(_ process: inout BuiltinModule) {
        process.define("link", 1) { (args, context) throws(GuestError) -> Term in
            let pid = try ArgumentChecks.pid(args[0])
            guard context.process.link(pid) else { throw GuestError(.error, .atom("noproc")) }
            return .true
        }
        process.define("unlink", 1) { (args, context) throws(GuestError) -> Term in
            context.process.unlink(try ArgumentChecks.pid(args[0]))
            return .true
        }
        process.define("monitor", 1) { (args, context) throws(GuestError) -> Term in
            .ref(context.process.monitor(try ArgumentChecks.pid(args[0])))
        }
        process.define("demonitor", 1) { (args, context) throws(GuestError) -> Term in
            guard case .ref(let ref) = args[0] else { throw ArgumentChecks.badArgument(1, "not a reference") }
            context.process.demonitor(ref)
            return .true
        }
        process.define("demonitor", 2) { (args, context) throws(GuestError) -> Term in
            guard case .ref(let ref) = args[0] else { throw ArgumentChecks.badArgument(1, "not a reference") }
            let options = args[1].properListElements ?? []
            let active = context.process.demonitor(ref, flush: options.contains(.atom("flush")))
            return options.contains(.atom("info")) ? .bool(active) : .true
        }
        process.define("flag", 2) { (args, context) throws(GuestError) -> Term in
            guard try ArgumentChecks.atom(args[0]).name == "trap_exit", case .atom(let value) = args[1], value == .true || value == .false else {
                throw ArgumentChecks.badArgument(1, "invalid process flag")
            }
            return .bool(context.process.setTrapExits(value == .true))
        }
        process.define("exit", 2) { (args, context) throws(GuestError) -> Term in
            context.process.sendExitSignal(to: try ArgumentChecks.pid(args[0]), reason: args[1])
            return .true
        }
        process.define("send_after", 3) { (args, context) throws(GuestError) -> Term in
            let milliseconds = try ArgumentChecks.integer(args[2], position: 3)
            return .ref(context.process.sendAfter(milliseconds: milliseconds, message: args[1], to: try timerDestination(args[0])))
        }
        process.define("cancel_timer", 1) { (args, context) throws(GuestError) -> Term in
            guard case .ref(let ref) = args[0] else { throw ArgumentChecks.badArgument(1, "not a reference") }
            return context.process.runtime.cancelTimer(ref).map(Term.int) ?? .false
        }
        process.define("read_timer", 1) { (args, context) throws(GuestError) -> Term in
            guard case .ref(let ref) = args[0] else { throw ArgumentChecks.badArgument(1, "not a reference") }
            return context.process.runtime.readTimer(ref).map(Term.int) ?? .false
        }
    }

    /// The stream an IO device names: `:stdio` (standard output) or `:stderr`.
    private static func device(_ term: Term) throws(GuestError) -> OutputStreamKind {
        switch term {
        case .atom(Atom("stdio")): return .standardOutput
        case .atom(Atom("stderr")): return .standardError
        default: throw ArgumentChecks.badArgument(1, "proctor writes only to :stdio and :stderr, got: \(term.inspect())")
        }
    }

    /// Where a timer's message goes: a pid or a registered name (else an ArgumentError for argument 1).
    static func timerDestination(_ term: Term) throws(GuestError) -> TimerDestination {
        switch term {
        case .pid(let pid): return .pid(pid)
        case .atom(let name): return .name(name)
        default: throw ArgumentChecks.badArgument(1, "not a pid or an atom")
        }
    }

    private static func defineIO(_ io: inout BuiltinModule) {
        io.define("write", 1) { (args, context) throws(GuestError) -> Term in
            context.process.write(try TextOperations.displayString(args[0]))
            return .ok
        }
        io.define("puts", 2) { (args, context) throws(GuestError) -> Term in
            context.process.write(try TextOperations.displayString(args[1]) + "\n", to: try device(args[0]))
            return .ok
        }
        io.define("write", 2) { (args, context) throws(GuestError) -> Term in
            context.process.write(try TextOperations.displayString(args[1]), to: try device(args[0]))
            return .ok
        }
    }
}
