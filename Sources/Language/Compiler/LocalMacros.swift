import Terms

/// A macro called later in the module that defines it (`defmacrop square(x)` then `square(n)`),
/// as Elixir allows: the module's macros written so far are compiled on their own into a version
/// of the module that only the macro runner sees, and the call expands with it.
extension Compiler {
    /// The code of local macro `name/arity` of the module `context` compiles, when its `defmacro`
    /// or `defmacrop` came earlier.
    func localMacro(_ name: String, arity: Int, in context: ModuleContext) -> FunctionCode? {
        guard context.definesMacro(name, arity: arity) else { return nil }
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

    /// The module's macros compiled as a module of their own, all public; its warnings and
    /// errors are left to the compilation of the whole module.
    private func compileMacrosAlone(_ context: ModuleContext) -> ModuleCode {
        let module = ModuleCode(name: context.module.name, file: file, isLibrary: isLibrary)
        let earlierWarnings = warningLog.take()
        let errorCount = errors.count
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
            guard var head = form.arguments?.first else { return false }
            if head.callName == "when", let call = head.arguments?.first { head = call }
            switch head.kind {
            case .variable(let macro): return macro == name && arity == 0
            case .call(.name(let macro), let parameters): return macro == name && parameters.count == arity
            default: return false
            }
        }
    }
}
