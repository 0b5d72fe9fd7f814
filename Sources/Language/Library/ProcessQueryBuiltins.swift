import Runtime
import Terms

/// `Process.registered/0`, `Process.list/0`, `Process.get_keys/0,1`, `Process.info/2` with a list of items, and `System.halt/0,1`.
enum ProcessQueryBuiltins {
    /// The builtins this file defines.
    static var all: [Builtin] {
        var process = BuiltinModule("Elixir.Process")
        process.define("registered", 0) { (_, context) throws(GuestError) -> Term in
            .list(context.process.runtime.registeredNames.map(Term.atom))
        }
        process.define("list", 0) { (_, context) throws(GuestError) -> Term in
            .list(context.process.runtime.livePids.map(Term.pid))
        }
        process.define("get_keys", 0) { (_, context) throws(GuestError) -> Term in
            .list(context.process.dictionaryEntries.map(\.key))
        }
        process.define("get_keys", 1) { (args, context) throws(GuestError) -> Term in
            .list(context.process.dictionaryEntries.filter { $0.value == args[0] }.map(\.key))
        }
        process.define("info", 2) { (args, context) throws(GuestError) -> Term in
            try info(try ArgumentChecks.pid(args[0]), args[1], runtime: context.process.runtime)
        }
        var system = BuiltinModule("Elixir.System")
        system.define("halt", 0) { (_, context) throws(GuestError) -> Term in try halt(.int(0), context: context) }
        system.define("halt", 1) { (args, context) throws(GuestError) -> Term in try halt(args[0], context: context) }
        return process.builtins + system.builtins
    }

    /// `{item, value}` for one item, a keyword list for a list of items; nil for a dead process.
    private static func info(_ pid: Pid, _ items: Term, runtime: Runtime) throws(GuestError) -> Term {
        if case .atom(let item) = items { return try info(pid, item, runtime: runtime) }
        guard let list = items.properListElements else { throw ArgumentChecks.badArgument(2, "invalid item or item list") }
        var pairs: [Term] = []
        for element in list {
            guard case .atom(let item) = element else { throw ArgumentChecks.badArgument(2, "invalid item or item list") }
            let pair = try info(pid, item, runtime: runtime)
            if pair == .nil { return .nil }
            pairs.append(pair)
        }
        return .list(pairs)
    }

    private static func info(_ pid: Pid, _ item: Atom, runtime: Runtime) throws(GuestError) -> Term {
        do {
            return try runtime.info(pid, item)
        } catch {
            throw ArgumentChecks.badArgument(2, "invalid item or item list")
        }
    }

    /// Stops the whole program with exit status `status` (an integer, or `:abort` for 1).
    private static func halt(_ status: Term, context: BuiltinContext) throws(GuestError) -> Term {
        let code: Int32
        switch status {
        case .int(let value) where value >= 0: code = Int32(truncatingIfNeeded: value)
        case .atom(let atom) where atom.name == "abort": code = 1
        default: throw ArgumentChecks.badArgument(1, "invalid status")
        }
        let program = context.machine.program
        program.haltStatus = code
        if let main = program.mainProcess, main != context.process.pid { context.process.runtime.kill(main) }
        throw GuestError(.exit, .atom(.normal))
    }
}
