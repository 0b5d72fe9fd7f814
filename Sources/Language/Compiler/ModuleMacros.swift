import Terms

/// Macros in a module body: `defmacro`/`defmacrop` become the functions `MACRO-name` (with the
/// caller's environment as first argument, as on the BEAM), and a call of a macro of an earlier
/// module (`use Mod, opts` calling `Mod.__using__/1`, an imported macro, a required one)
/// expands into the forms compiled in its place.
extension ModuleCompiler {
    /// The modules whose `use` proctor builds in (`child_spec/1`, ExUnit's test case).
    static let builtInUses: Set<String> = [
        "Elixir.GenServer", "Elixir.Agent", "Elixir.Task", "Elixir.Supervisor", "Elixir.DynamicSupervisor",
        "Elixir.Application", "Elixir.ExUnit.Case",
    ]

    /// `defmacro name(args) do body end` as `def MACRO-name(__CALLER__, args) do body end` (`defp` for `defmacrop`).
    static func macroAsFunction(_ item: SyntaxNode) -> SyntaxNode? {
        guard let name = item.callName, var args = item.arguments, let head = args.first else { return nil }
        var call = head
        var guardExpression: SyntaxNode?
        if head.callName == "when", let parts = head.arguments, parts.count == 2 {
            call = parts[0]
            guardExpression = parts[1]
        }
        let caller = SyntaxNode(.variable("__CALLER__"), at: call.position)
        let renamed: SyntaxNode
        switch call.kind {
        case .variable(let macro): renamed = .call("MACRO-" + macro, [caller], at: call.position)
        case .call(.name(let macro), let parameters): renamed = .call("MACRO-" + macro, [caller] + parameters, at: call.position)
        default: return nil
        }
        args[0] = guardExpression.map { SyntaxNode.call("when", [renamed, $0], at: head.position) } ?? renamed
        return .call(name == "defmacro" ? "def" : "defp", args, at: item.position)
    }

    /// The forms a macro call in the module body expands to, or nil when `item` is not one.
    func expandMacroCall(_ item: SyntaxNode, context: ModuleContext) -> [SyntaxNode]? {
        if item.callName == "use" { return expandUse(item, context: context) }
        if item.callName == "defdelegate" {
            return [Delegation.definition(item) { compiler.report($0, at: $1) }].compactMap { $0 }
        }
        guard let (module, name, args) = macroCall(item, context: context),
            let code = module == self.module.name ? compiler.localMacro(name, arity: args.count, in: context) : compiler.macro(module, name, arity: args.count)
        else { return nil }
        let expanded = compiler.expand(code, module: module, name: name, arguments: args, node: item, caller: context, function: nil)
        return expanded.map(Self.forms(of:)) ?? []
    }

    /// The macro module, name and arguments of a call by an import (`name(args)`) or of a required module (`Mod.name(args)`).
    private func macroCall(_ item: SyntaxNode, context: ModuleContext) -> (Atom, String, [SyntaxNode])? {
        guard let args = item.arguments else { return nil }
        if let name = item.callName {
            if context.definesMacro(name, arity: args.count) { return (module.name, name, args) }
            guard context.localFunction(name, arity: args.count) == nil,
                let module = context.imports.first(where: { compiler.macro($0, name, arity: args.count) != nil })
            else { return nil }
            context.usedImports.insert(module)
            return (module, name, args)
        }
        guard let (receiver, name) = item.remoteCallee, let moduleName = compiler.moduleName(receiver) else { return nil }
        let module = Atom(context.aliases[moduleName.replacingOccurrences(of: "Elixir.", with: "")] ?? moduleName)
        return context.requires.contains(module) ? (module, name, args) : nil
    }

    /// `use Mod, opts`: `require Mod` and the expansion of `Mod.__using__(opts)`. The built-in uses
    /// are left to the compiler's own handling; any other module must be one the file defined earlier.
    private func expandUse(_ item: SyntaxNode, context: ModuleContext) -> [SyntaxNode]? {
        guard let args = item.arguments, let target = args.first, let name = compiler.moduleName(target) else { return nil }
        if Self.builtInUses.contains(name) { return nil }
        let used = Atom(context.aliases[name.replacingOccurrences(of: "Elixir.", with: "")] ?? name)
        guard compiler.compiledModules[used] != nil else {
            let frames = ["(elixir 1.14.0) expanding macro: Kernel.use/1", "\(compiler.file):\(item.position.line): \(Term.atom(module.name).inspect()) (module)"]
            compiler.report(
                "module \(Term.atom(used).inspect()) is not loaded and could not be found", at: item, frames: frames)
            return []
        }
        context.requires.insert(used)
        guard let code = compiler.macro(used, "__using__", arity: 1) else {
            let options = args.count > 1 ? ElixirPrinter.source(of: args[1]) : "[]"
            compiler.report(
                "function \(Term.atom(used).inspect()).__using__/1 is undefined or private", at: item, exception: "UndefinedFunctionError",
                frames: ["\(Term.atom(used).inspect()).__using__(\(options))"])
            return []
        }
        let options = args.count > 1 ? args[1] : SyntaxNode(.list([]), at: item.position)
        let expanded = compiler.expand(code, module: used, name: "__using__", arguments: [options], node: item, caller: context, function: nil)
        return expanded.map(Self.forms(of:)) ?? []
    }

    /// The module-body forms of an expansion: a block's forms, a list's elements (a macro may
    /// return the list a `for` built), each flattened the same way.
    static func forms(of node: SyntaxNode) -> [SyntaxNode] {
        if let elements = node.listElements { return elements.flatMap(forms(of:)) }
        if node.callName == "__block__" { return node.blockItems.flatMap(forms(of:)) }
        return [node]
    }
}
