/// What `use GenServer` (and `use Agent`, `use Task`, `use Supervisor`, `use DynamicSupervisor`)
/// adds to a module: a `child_spec/1` that supervisors call, built by `Supervisor.__child_spec__/4`
/// from the module, the argument, the kind of child and the options given to `use`.
enum BehaviourUse {
    /// The kind of child each behaviour's `child_spec/1` describes.
    private static let kinds = [
        "Elixir.GenServer": "worker", "Elixir.Agent": "worker", "Elixir.Task": "temporary",
        "Elixir.Supervisor": "supervisor", "Elixir.DynamicSupervisor": "supervisor",
    ]

    /// The `child_spec/1` clause for the first `use` of a behaviour among `items`, if any.
    static func childSpecClause(in items: [SyntaxNode], module: String, compiler: Compiler) -> FunctionClause? {
        for item in items where item.callName == "use" {
            guard let args = item.arguments, let target = args.first, let name = compiler.moduleName(target),
                let kind = kinds[name]
            else { continue }
            let position = item.position
            let argument = SyntaxNode(.variable("init_arg"), at: position)
            let options = args.count > 1 ? args[1] : SyntaxNode(.list([]), at: position)
            let receiver = SyntaxNode(.call(.name("__aliases__"), [SyntaxNode(.atom("Supervisor"), at: position)]), at: position)
            let dot = SyntaxNode(.call(.name("."), [receiver, SyntaxNode(.atom("__child_spec__"), at: position)]), at: position)
            let call = SyntaxNode(
                .call(.expression(dot), [SyntaxNode(.atom(module), at: position), argument, SyntaxNode(.atom(kind), at: position), options]),
                at: position)
            return FunctionClause(parameters: [argument], guardExpression: nil, body: call, node: item)
        }
        return nil
    }
}
