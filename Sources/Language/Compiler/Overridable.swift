import Terms

/// `defoverridable` and `super`, as Elixir has them: `defoverridable name: arity` marks a function
/// defined so far (often by a `use`) as replaceable; the module's next `def` of it starts a new
/// function, and the clauses written before become a private function named
/// `name (overridable N)`, which `super(args)` in the new one calls.
extension ModuleCompiler {
    /// `defoverridable name: arity, ...`, or `defoverridable Behaviour` for the behaviour's
    /// callbacks the module defines; a function not defined yet is Elixir's ArgumentError.
    func makeOverridable(_ item: SyntaxNode, context: ModuleContext, defined: [FunctionKey]) {
        guard let argument = item.arguments?.first else { return }
        if let behaviour = compiler.moduleName(argument), argument.atomName == nil {
            guard let callbacks = compiler.behaviourCallbacks[Atom(behaviour)] else {
                let message = "cannot pass module \(Term.atom(Atom(behaviour)).inspect()) as argument to defoverridable/1 because it is not a behaviour (proctor knows the behaviours this file defines)"
                compiler.report(message, at: item, exception: "ArgumentError")
                return
            }
            context.overridable.formUnion(callbacks.filter(defined.contains))
            return
        }
        for entry in argument.keywordEntries ?? [] {
            guard case .integer(let arity) = entry.value.kind else {
                compiler.report("defoverridable expects a keyword list of function names and arities, got: \(ElixirPrinter.source(of: argument))", at: item, exception: "ArgumentError")
                return
            }
            let key = FunctionKey(name: Atom(entry.key), arity: arity)
            guard defined.contains(key) else {
                compiler.report("cannot make function \(entry.key)/\(arity) overridable because it was not defined", at: item, exception: "ArgumentError")
                return
            }
            context.overridable.insert(key)
        }
    }

    /// Before a clause of `key` is added: when `key` is overridable, the clauses it has so far
    /// become the function `super` calls, and the clause starts a new function.
    func override(_ key: FunctionKey, groups: inout [(key: FunctionKey, isPublic: Bool, clauses: [FunctionClause])], context: ModuleContext) {
        guard context.overridable.remove(key) != nil, let index = groups.firstIndex(where: { $0.key == key }) else { return }
        let prefix = "\(key.name.name) (overridable "
        let earlier = groups.filter { $0.key.arity == key.arity && $0.key.name.name.hasPrefix(prefix) }.count
        let hidden = FunctionKey(name: Atom(prefix + "\(earlier + 1))"), arity: key.arity)
        groups[index].key = hidden
        groups[index].isPublic = false
        if let previous = context.superFunctions[key] { context.superFunctions[hidden] = previous }
        context.superFunctions[key] = hidden
    }
}

extension ExpressionCompiler {
    /// `super(args)`: a call of the function the enclosing one replaced.
    func compileSuper(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        let function = builder.namedFunction
        let key = function.map { FunctionKey(name: Atom($0.name), arity: $0.arity) }
        guard let key, let hidden = context.superFunctions[key], let index = context.module.definitions[hidden] else {
            let name = function.map { "\($0.name)/\($0.arity)" } ?? "super/\(args.count)"
            let available = context.overridable.map { "\($0.name.name)/\($0.arity)" }.sorted().joined(separator: ", ")
            compiler.report("no super defined for \(name) in module \(Term.atom(context.module.name).inspect()). Overridable functions available are: \(available)", at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        compileArguments(args)
        builder.emit(tail ? .tailCallLocal(Int32(index), Int32(args.count)) : .callLocal(Int32(index), Int32(args.count)))
    }
}
