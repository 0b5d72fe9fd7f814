/// `defdelegate name(args), to: Module, as: other`: a public function that calls `Module.other(args)`
/// (`as:` defaults to the same name), as Elixir's `defdelegate/2` defines it.
enum Delegation {
    /// The `def` a `defdelegate` stands for, or nil (after `report`) when it is malformed.
    static func definition(_ item: SyntaxNode, report: (String, SyntaxNode) -> Void) -> SyntaxNode? {
        guard let args = item.arguments, args.count == 2, case .call(.name(let name), let parameters) = args[0].kind,
            let target = args[1].keywordValue("to")
        else {
            report("defdelegate expects a function head and to: Module, as in defdelegate name(args), to: Module", item)
            return nil
        }
        let position = item.position
        let remoteName = args[1].keywordValue("as")?.atomName ?? name
        let variables = parameters.enumerated().map { index, parameter -> SyntaxNode in
            if parameter.variableName != nil { return parameter }
            return SyntaxNode(.variable("arg\(index + 1)"), at: parameter.position)
        }
        let call = SyntaxNode.remoteCall(target, remoteName, variables, at: position)
        let head = SyntaxNode.call(name, variables, at: args[0].position)
        return .call("def", [head, .keywordList([("do", call, position)], at: position)], at: position)
    }
}
