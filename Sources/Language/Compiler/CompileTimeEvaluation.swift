import Terms

/// Running code of a module body while the module compiles, as Elixir does (a `defstruct` default
/// that calls a function is evaluated once, when the module is defined; an `@after_compile` hook
/// is called): the code runs on the macro runner with the modules the file compiled so far.
extension Compiler {
    /// The value of `expression`, written in the body of the module `context` compiles, or nil
    /// after reporting the exception it raised as Elixir reports one raised in a module body. The
    /// module's attributes so far are read as they would be in its functions.
    func evaluateInModuleBody(_ expression: SyntaxNode, context: ModuleContext) -> Term? {
        let module = ModuleCode(name: context.module.name, file: file, isLibrary: isLibrary)
        let code = FunctionCode(name: "__module_body__", arity: 0, module: module, isAnonymous: false)
        module.functions.append(code)
        let errorCount = errors.count
        let builder = FunctionBuilder(code: code, enclosing: nil, warnings: warningLog)
        let seeing = context.seeing(from: module)
        ExpressionCompiler(compiler: self, context: seeing, builder: builder).compileBody(expression)
        context.takeUses(of: seeing)
        guard errors.count == errorCount else { return nil }
        return runAtCompileTime(code, arguments: [], at: expression, module: context.module.name, describing: ElixirPrinter.source(of: expression))
    }

    /// What `code` returns when called with `arguments` on the macro runner, or nil after reporting
    /// why it gave nothing (`describing` names the code in those errors).
    func runAtCompileTime(_ code: FunctionCode, arguments: [Term], at node: SyntaxNode, module: Atom, describing: String) -> Term? {
        let frames = ["\(file):\(node.position.line): \(Term.atom(module).inspect()) (module)"]
        return runOnMacroRunner(
            code, arguments: arguments, at: node, frames: frames,
            exited: "\(describing) exited while the module compiled",
            unfinished: "\(describing) did not finish within \(MacroRunner.reductionLimit) reductions while the module compiled: does it loop forever?")
    }

    /// What `code` returns on this compilation's macro runner (made at its first use), or nil after
    /// reporting at `node` what it raised, why it exited (after `exited`) or that it ran too long.
    func runOnMacroRunner(
        _ code: FunctionCode, arguments: [Term], at node: SyntaxNode, frames: [String], exited: String, unfinished: String
    ) -> Term? {
        let runner = macroRunner ?? MacroRunner()
        macroRunner = runner
        switch runner.run(code, arguments: arguments, modules: Array(compiledModules.values) + [code.module]) {
        case .success(let value):
            return value
        case .failure(.raised(let exception, let message)):
            report(message, at: node, exception: exception, frames: frames)
        case .failure(.exited(let reason)):
            report("\(exited): \(reason)", at: node, frames: frames)
        case .failure(.unfinished):
            report(unfinished, at: node, frames: frames)
        }
        return nil
    }
}

extension ModuleContext {
    /// A context for code of `module` that sees what this one sees so far: its aliases,
    /// attributes, imports and requires.
    func seeing(from module: ModuleCode) -> ModuleContext {
        let copy = ModuleContext(module: module, aliases: aliases, attributes: attributes)
        copy.attributeExpressions = attributeExpressions
        copy.imports = imports
        copy.requires = requires
        copy.importFilters = importFilters
        copy.accumulating = accumulating
        return copy
    }

    /// Counts the attributes, aliases and imports `other`'s code used as used by this module's code.
    func takeUses(of other: ModuleContext) {
        readAttributes.formUnion(other.readAttributes)
        usedAliases.formUnion(other.usedAliases)
        usedImports.formUnion(other.usedImports)
    }
}
