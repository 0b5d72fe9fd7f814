import Runtime
import Terms

/// Questions about code: `Code.ensure_loaded?/1`, `Code.ensure_loaded/1` and `Function.info/1,2`;
/// and the script's steps at a `defmodule`: wait for the code server (the process gives way to the
/// others for a slice, as a BEAM process does while its module loads), then make the module callable.
enum ModuleBuiltins {
    /// The builtins this file defines.
    static var all: [Builtin] {
        var code = BuiltinModule("Elixir.Code")
        code.define("ensure_loaded?", 1) { (args, context) throws(GuestError) -> Term in
            .bool(isLoaded(args[0], context.machine.program))
        }
        code.define("ensure_loaded", 1) { (args, context) throws(GuestError) -> Term in
            isLoaded(args[0], context.machine.program) ? .tuple(.atom("module"), args[0]) : .tuple(.atom("error"), .atom("nofile"))
        }
        var helpers = BuiltinModule("proctor")
        helpers.define("define_modules", 2) { (args, context) throws(GuestError) -> Term in
            let names = (args[0].properListElements ?? []).compactMap { term -> Atom? in
                if case .atom(let name) = term { return name }
                return nil
            }
            let location = (try? args[1].toDisplayString().get()) ?? ""
            return context.machine.program.define(names, location: location, process: context.process)
        }
        helpers.define("await_code_server", 0) { (_, context) throws(GuestError) -> Term in
            context.charge(context.process.runtime.options.reductionsPerSlice)
            return .nil
        }
        var function = BuiltinModule("Elixir.Function")
        function.define("info", 1) { (args, _) throws(GuestError) -> Term in .list(try info(args[0])) }
        function.define("info", 2) { (args, _) throws(GuestError) -> Term in try infoItem(args[0], args[1]) }
        var erlang = BuiltinModule("erlang")
        erlang.define("fun_info", 1) { (args, _) throws(GuestError) -> Term in .list(try info(args[0])) }
        erlang.define("fun_info", 2) { (args, _) throws(GuestError) -> Term in try infoItem(args[0], args[1]) }
        return code.builtins + function.builtins + erlang.builtins + helpers.builtins
    }

    private static func isLoaded(_ module: Term, _ program: Program) -> Bool {
        guard case .atom(let name) = module else { return false }
        return program.module(name) != nil || Machine.builtinModules.contains(name)
    }

    /// `[module: M, name: :"-f/1-fun-0-", arity: 1, env: [...], type: :local]` for a function value,
    /// `[module: String, name: :upcase, arity: 1, env: [], type: :external]` for a capture of one.
    private static func info(_ value: Term) throws(GuestError) -> [Term] {
        guard case .fun(let function) = value, let closure = function as? Closure else {
            throw ArgumentChecks.badArgument(1, "not a fun")
        }
        if let external = closure.code.external {
            return [
                .tuple(.atom("module"), .atom(external.name.module)),
                .tuple(.atom("name"), .atom(external.name.function)),
                .tuple(.atom("arity"), .int(external.name.arity)),
                .tuple(.atom("env"), .emptyList),
                .tuple(.atom("type"), .atom("external")),
            ]
        }
        return [
            .tuple(.atom("module"), .atom(closure.code.module.name)),
            .tuple(.atom("name"), .atom(closure.code.name)),
            .tuple(.atom("arity"), .int(closure.arity)),
            .tuple(.atom("env"), .list(closure.captured)),
            .tuple(.atom("type"), .atom("local")),
        ]
    }

    /// The `{item, value}` pair of `Function.info/2` and `:erlang.fun_info/2`.
    private static func infoItem(_ value: Term, _ item: Term) throws(GuestError) -> Term {
        let item = try ArgumentChecks.atom(item, position: 2)
        guard let pair = try info(value).first(where: { pairKey($0) == item }) else {
            throw ArgumentChecks.badArgument(2, "invalid item")
        }
        return pair
    }

    private static func pairKey(_ pair: Term) -> Atom? {
        guard case .tuple(let box) = pair, case .atom(let key) = box.elements[0] else { return nil }
        return key
    }
}
