import Terms

/// Module attributes beyond plain values: `Module.register_attribute(__MODULE__, :name,
/// accumulate: true)` makes each `@name value` add to a list (newest first, as Elixir keeps it),
/// and `@callback name(args) :: type` declares a behaviour's callback, whose absence from a module
/// with `@behaviour` gives Elixir 1.14's warning.
enum ModuleAttributes {
    /// Handles `item` if it is `Module.register_attribute/3`; returns whether it was.
    static func register(_ item: SyntaxNode, context: ModuleContext, compiler: Compiler) -> Bool {
        guard let (receiver, name) = item.remoteCallee, receiver.aliasSegments == ["Module"], name == "register_attribute",
            let args = item.arguments, args.count == 3
        else { return false }
        guard let attribute = args[1].atomName else {
            compiler.report("proctor supports Module.register_attribute/3 with a literal attribute name only", at: item)
            return true
        }
        if args[2].keywordValue("accumulate")?.atomName == "true" {
            context.accumulating.insert(attribute)
            context.attributes[attribute] = .emptyList
        }
        return true
    }

    /// `@name value` for an accumulating attribute: the value goes in front of the list.
    static func accumulate(_ name: String, _ value: SyntaxNode, context: ModuleContext, compiler: Compiler) {
        guard let term = ConstantFolder.value(of: value) else {
            compiler.report("proctor supports only literal values for the accumulating attribute @\(name)", at: value)
            return
        }
        let earlier = context.attributes[name]?.properListElements ?? []
        context.attributes[name] = .list([term] + earlier)
        context.readAttributes.insert(name)
    }

    /// The function `@callback name(args) :: type` declares.
    static func callback(_ spec: SyntaxNode) -> FunctionKey? {
        guard spec.callName == "::", let head = spec.arguments?.first else { return nil }
        switch head.kind {
        case .call(.name(let name), let args): return FunctionKey(name: Atom(name), arity: args.count)
        case .variable(let name): return FunctionKey(name: Atom(name), arity: 0)
        default: return nil
        }
    }
}

extension ModuleCompiler {
    /// `function name/0 required by behaviour Shape is not implemented (in module Square)` for each
    /// callback of the file's behaviours the module declares and does not define.
    func missingCallbacks(_ context: ModuleContext) -> [CompileWarning] {
        let place = "\(Term.atom(module.name).inspect()) (module)"
        return context.implementations.behaviours.flatMap { behaviour -> [CompileWarning] in
            let callbacks = compiler.behaviourCallbacks[behaviour] ?? []
            return callbacks.filter { module.exports[$0] == nil }.map { key in
                let message = "function \(key.name.name)/\(key.arity) required by behaviour \(Term.atom(behaviour).inspect()) is not implemented (in module \(Term.atom(module.name).inspect()))"
                return CompileWarning(message: message, line: compiler.definitionLines[module.name] ?? 0, column: 0, function: place)
            }
        }
    }
}
