import Terms

/// `@before_compile Mod` and `@after_compile Mod` (or `{Mod, :name}`), run as Elixir runs them: once
/// the module body's forms are all read, the macro `Mod.__before_compile__(env)` expands into more
/// forms of the module; once the module is compiled, the function `Mod.__after_compile__(env,
/// bytecode)` is called.
struct CompileHook {
    /// `before_compile` or `after_compile`.
    let kind: String
    let module: Atom
    let function: String
    /// The attribute that asked for it.
    let node: SyntaxNode
}

extension ModuleCompiler {
    /// Records `@name target` when `name` is `before_compile` or `after_compile`; returns whether it was.
    func recordCompileHook(_ name: String, _ target: SyntaxNode, context: ModuleContext) -> Bool {
        guard name == "before_compile" || name == "after_compile" else { return false }
        var moduleNode = target
        var function = "__\(name)__"
        if case .pair(let first, let second) = target.kind, let named = second.atomName {
            moduleNode = first
            function = named
        }
        let isSelf = moduleNode.callName == "__MODULE__" || moduleNode.variableName == "__MODULE__"
        guard let module = isSelf ? module.name : compiler.moduleName(moduleNode).map(Atom.init) else {
            compiler.report("invalid value for @\(name): expected a module or a {module, function} tuple, got: \(ElixirPrinter.source(of: target))", at: target, exception: "ArgumentError")
            return true
        }
        let resolved = Atom(context.aliases[module.name.replacingOccurrences(of: "Elixir.", with: "")] ?? module.name)
        context.compileHooks.append(CompileHook(kind: name, module: resolved, function: function, node: target))
        return true
    }

    /// The forms the module's `@before_compile` hooks expand to, in the order they were declared.
    func beforeCompileForms(_ context: ModuleContext) -> [SyntaxNode] {
        context.compileHooks.filter { $0.kind == "before_compile" }.flatMap { hook -> [SyntaxNode] in
            let environment = compiler.callerEnvironment(context, function: nil, line: hook.node.position.line)
            guard let code = compiler.macro(hook.module, hook.function, arity: 1) else {
                compiler.report(Self.undefinedHook(hook, arity: 1, definedHere: hook.module == module.name), at: hook.node, exception: "UndefinedFunctionError")
                return []
            }
            let expanded = compiler.expand(code, module: hook.module, name: hook.function, quoted: [environment, environment], node: hook.node, caller: context, function: nil)
            return expanded.map(Self.forms(of:)) ?? []
        }
    }

    /// Elixir's UndefinedFunctionError text for a hook the module does not define.
    static func undefinedHook(_ hook: CompileHook, arity: Int, definedHere: Bool) -> String {
        let name = "\(Term.atom(hook.module).inspect()).\(hook.function)/\(arity)"
        return definedHere ? "function \(name) is undefined (function not available)" : "function \(name) is undefined or private"
    }
}

extension Compiler {
    /// Calls `Mod.__after_compile__(env, bytecode)` for each `@after_compile` hook of `module`, now compiled.
    func runAfterCompileHooks(_ context: ModuleContext, module: ModuleCode) {
        guard case .tuple(let value) = module.definitionValue, value.elements.count == 4 else { return }
        for hook in context.compileHooks where hook.kind == "after_compile" {
            guard let code = compiledModules[hook.module]?.exported(Atom(hook.function), arity: 2) else {
                report(ModuleCompiler.undefinedHook(hook, arity: 2, definedHere: false), at: hook.node, exception: "UndefinedFunctionError")
                continue
            }
            let environment = callerEnvironment(context, function: nil, line: hook.node.position.line)
            _ = runAtCompileTime(code, arguments: [environment, value.elements[2]], at: hook.node, module: module.name, describing: "@after_compile \(Term.atom(hook.module).inspect())")
        }
    }
}
