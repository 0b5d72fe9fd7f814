import Terms

/// What `@impl` and `@behaviour` (or `use GenServer`) said in a module, and Elixir 1.14's
/// warnings when they disagree: `@impl` with no behaviour declared, and a callback of a known
/// behaviour defined without `@impl` in a module that uses `@impl` elsewhere, and `@impl` on a
/// function that is no callback of the behaviours declared.
final class ImplementationChecks {
    /// The callbacks of the behaviours proctor knows, by behaviour.
    private static let callbacks: [String: Set<FunctionKey>] = [
        "Elixir.GenServer": keys([
            ("init", 1), ("handle_call", 3), ("handle_cast", 2), ("handle_info", 2), ("handle_continue", 2), ("terminate", 2),
            ("code_change", 3), ("format_status", 2),
        ]),
        "Elixir.Supervisor": keys([("init", 1)]),
        "Elixir.DynamicSupervisor": keys([("init", 1)]),
        "Elixir.Exception": keys([("exception", 1), ("message", 1), ("blame", 2)]),
    ]

    /// The modules whose `use` declares a behaviour (`use Agent` and `use Task` declare none).
    static let declaredByUse: Set<String> = ["Elixir.GenServer", "Elixir.Supervisor", "Elixir.DynamicSupervisor", "Elixir.Application"]

    private(set) var behaviours: [Atom] = []
    /// The `@impl` value waiting for the next definition (`true`, `GenServer`), as written.
    private var pending: String?
    /// Each function's first definition: its line and the `@impl` given just before it.
    private var definitions: [(key: FunctionKey, line: Int, impl: String?)] = []

    private static func keys(_ pairs: [(String, Int)]) -> Set<FunctionKey> {
        Set(pairs.map { FunctionKey(name: Atom($0.0), arity: $0.1) })
    }

    /// Records `use Module` or `@behaviour Module`.
    func declare(_ behaviour: Atom) { behaviours.append(behaviour) }

    /// Records `@impl value` for the next definition.
    func implementation(_ value: SyntaxNode) {
        pending = value.atomName.map { $0 == "true" || $0 == "false" ? $0 : Term.atom(Atom($0)).inspect() }
            ?? value.aliasSegments?.joined(separator: ".")
    }

    /// Records a clause of `key` at `line`; only a function's first clause takes the pending `@impl`.
    func define(_ key: FunctionKey, line: Int) {
        defer { pending = nil }
        guard !definitions.contains(where: { $0.key == key }) else { return }
        definitions.append((key, line, pending))
    }

    /// The warnings, in definition order, located at `module` as Elixir writes it (`Counter (module)`).
    func warnings(module: Atom) -> [CompileWarning] {
        let place = "\(Term.atom(module).inspect()) (module)"
        if behaviours.isEmpty {
            return definitions.compactMap { definition in
                guard let impl = definition.impl, impl != "false" else { return nil }
                let message = "got \"@impl \(impl)\" for function \(definition.key.name.name)/\(definition.key.arity) but no behaviour was declared"
                return CompileWarning(message: message, line: definition.line, column: 0, function: place)
            }
        }
        let usesImpl = definitions.contains { $0.impl != nil }
        return definitions.compactMap { definition in
            let message = definition.impl.map { unknownCallbackMessage(definition.key, impl: $0) } ?? (usesImpl ? missingImplMessage(definition.key) : nil)
            return message.map { CompileWarning(message: $0, line: definition.line, column: 0, function: place) }
        }
    }

    /// `@impl` not given for a callback of a declared behaviour, in a module that uses `@impl` elsewhere.
    private func missingImplMessage(_ key: FunctionKey) -> String? {
        guard let behaviour = behaviours.first(where: { Self.callbacks[$0.name]?.contains(key) == true }) else { return nil }
        return
            "module attribute @impl was not set for function \(key.name.name)/\(key.arity) callback (specified in \(Term.atom(behaviour).inspect())). This either means you forgot to add the \"@impl true\" annotation before the definition or that you are accidentally overriding this callback"
    }

    /// `@impl true` (or `@impl Behaviour`) on a function no such behaviour declares, with the
    /// callbacks it could have meant; nothing when a declared behaviour is one proctor does not know.
    private func unknownCallbackMessage(_ key: FunctionKey, impl: String) -> String? {
        guard impl != "false", behaviours.allSatisfy({ Self.callbacks[$0.name] != nil }) else { return nil }
        let named = impl == "true" ? behaviours : behaviours.filter { Term.atom($0).inspect() == impl }
        guard !named.isEmpty, !named.contains(where: { Self.callbacks[$0.name]?.contains(key) == true }) else { return nil }
        let known = named.flatMap { behaviour in
            (Self.callbacks[behaviour.name] ?? []).map { "\(Term.atom(behaviour).inspect()).\($0.name.name)/\($0.arity)" }
        }
        let list = Set(known).sorted().map { "  * \($0) (function)\n" }.joined()
        let which = impl == "true" ? "no behaviour specifies" : "this behaviour does not specify"
        return "got \"@impl \(impl)\" for function \(key.name.name)/\(key.arity) but \(which) such callback. The known callbacks are:\n\n\(list)"
    }
}
