import Terms

/// A macro called later in the module that defines it (`defmacrop square(x)` then `square(n)`),
/// as Elixir allows: the module's macros and functions written so far are compiled on their own
/// into a version of the module that only the macro runner sees (so a macro may call the private
/// helpers), and the call expands with it. In that version the functions' own calls of the
/// module's macros are not expanded (they are never run), so this never recurses.
extension Compiler {
    /// The code of local macro `name/arity` of the module `context` compiles, when its `defmacro`
    /// or `defmacrop` came earlier.
    func localMacro(_ name: String, arity: Int, in context: ModuleContext) -> FunctionCode? {
        guard !compilingMacrosAlone, context.definesMacro(name, arity: arity) else { return nil }
        context.usedMacros.insert(FunctionKey(name: Atom("MACRO-" + name), arity: arity + 1))
        let module: ModuleCode
        if let cached = context.macroModule, cached.forms == context.macroForms.count {
            module = cached.module
        } else {
            module = compileMacrosAlone(context)
            context.macroModule = (context.macroForms.count, module)
        }
        return module.exported(Atom("MACRO-" + name), arity: arity + 1)
    }

    /// The module's macros and functions so far compiled as a module of their own, the macros
    /// public; its warnings and errors are left to the compilation of the whole module, and what
    /// macros its functions call print goes to a runner of its own, as they print it again then.
    private func compileMacrosAlone(_ context: ModuleContext) -> ModuleCode {
        let module = ModuleCode(name: context.module.name, file: file, isLibrary: isLibrary)
        let earlierWarnings = warningLog.take()
        let errorCount = errors.count
        let runner = macroRunner
        macroRunner = MacroRunner()
        compilingMacrosAlone = true
        defer {
            macroRunner = runner
            compilingMacrosAlone = false
        }
        let forms = context.macroForms.map { form -> SyntaxNode in
            form.callName == "defmacrop" ? SyntaxNode(.call(.name("defmacro"), form.arguments ?? []), at: form.position) : form
        }
        ModuleCompiler(compiler: self, module: module).compile(forms)
        _ = warningLog.take()
        _ = takeClauseWarnings()
        for warning in earlierWarnings { warningLog.add(warning) }
        discardErrors(after: errorCount)
        return module
    }
}

extension ModuleContext {
    /// Whether one of the module's `defmacro`/`defmacrop` forms so far defines `name/arity`.
    func definesMacro(_ name: String, arity: Int) -> Bool {
        macroForms.contains { form in
            guard form.callName == "defmacro" || form.callName == "defmacrop", var head = form.arguments?.first else { return false }
            if head.callName == "when", let call = head.arguments?.first { head = call }
            switch head.kind {
            case .variable(let macro): return macro == name && arity == 0
            case .call(.name(let macro), let parameters): return macro == name && parameters.count == arity
            default: return false
            }
        }
    }
}
