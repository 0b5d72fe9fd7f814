import Runtime
import Terms

/// Code has a lifetime, as on the BEAM: a module has a current version, which remote calls
/// (`Mod.fun(...)`) enter, and an old one, which processes already running it keep running
/// (a local call stays in its version). Loading a third version purges the oldest: the
/// processes still running it are killed, and its code is freed once no frame holds it.
extension Program {
    /// Makes the next pending version of each of `names` current: the script reached their
    /// `defmodule` at `location` (`file.exs:10`). A redefinition warns as Elixir does, on
    /// `process`'s standard error. Returns what the `defmodule` evaluates to (the first module's
    /// `{:module, Name, <<...>>, last}`).
    func define(_ names: [Atom], location: String, process: ProcessControlBlock) -> Term {
        var value = Term.nil
        for (index, name) in names.enumerated() {
            guard let module = pendingDefinitions[name]?.popFirst() else { continue }
            if modules[name] != nil {
                process.groupLeader.write(Program.redefinitionWarning(name, location: location), to: .standardError)
            }
            for warning in module.warnings { process.groupLeader.write(warning, to: .standardError) }
            warnings += module.warnings
            install(module, purgingIn: process.runtime)
            if index == 0 { value = module.definitionValue }
        }
        return value
    }

    /// `warning: redefining module X (current version defined in memory)`, then where, as Elixir 1.14 writes it.
    static func redefinitionWarning(_ name: Atom, location: String) -> String {
        "warning: redefining module \(Term.atom(name).inspect()) (current version defined in memory)\n  \(location)\n\n"
    }

    /// Makes `module` the current version of its name; the current one becomes old, and the old
    /// one is purged (its processes in `runtime` are killed with `:killed`).
    func install(_ module: ModuleCode, purgingIn runtime: Runtime? = nil) {
        let name = module.name
        callTargets.removeAll()
        guard let current = modules[name] else {
            loadOrder.append(name)
            modules[name] = module
            return
        }
        if let oldest = oldModules[name] { Program.purge(oldest, in: runtime) }
        oldModules[name] = current
        modules[name] = module
    }

    /// Kills every process that still runs `module`'s code, as `:code.purge/1` does; function
    /// values made by that code raise `BadFunctionError` from now on.
    private static func purge(_ module: ModuleCode, in runtime: Runtime?) {
        module.isPurged = true
        guard let runtime else { return }
        for pid in runtime.livePids {
            guard let body = runtime.process(pid)?.body as? GuestCodeRunner, body.runs(module) else { continue }
            runtime.kill(pid)
        }
    }
}

/// A process body that runs guest code: it can say whether it runs a given module version.
protocol GuestCodeRunner: AnyObject {
    /// Whether any of the process's frames runs code of `module` (this version).
    func runs(_ module: ModuleCode) -> Bool
}
