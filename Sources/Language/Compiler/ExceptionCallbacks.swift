import Terms

/// The callbacks `defexception` defines unless the module writes its own:
/// `exception/1` (builds the struct from a keyword list, or a message string) and,
/// when the struct has a `:message` field, `message/1` (returns that field).
extension ModuleCompiler {
    /// Adds the default `exception/1` and `message/1` the module does not define itself.
    func addExceptionCallbacks(
        to groups: inout [(key: FunctionKey, isPublic: Bool, clauses: [FunctionClause])], at position: SourcePosition
    ) {
        let argument = SyntaxNode(.variable("argument"), at: position)
        let moduleName = SyntaxNode.atom(module.name.name, at: position)
        let helpers = SyntaxNode.atom("proctor", at: position)
        let build = SyntaxNode.remoteCall(helpers, "build_exception", [moduleName, argument], at: position)
        addCallback("exception", body: build, parameter: argument, to: &groups)
        guard module.structFields?.contains(where: { $0.key.name == "message" }) == true else { return }
        let field = SyntaxNode.remoteCall(helpers, "dot", [argument, .atom("message", at: position)], at: position)
        addCallback("message", body: field, parameter: argument, to: &groups)
    }

    private func addCallback(
        _ name: String, body: SyntaxNode, parameter: SyntaxNode,
        to groups: inout [(key: FunctionKey, isPublic: Bool, clauses: [FunctionClause])]
    ) {
        let key = FunctionKey(name: Atom(name), arity: 1)
        guard !groups.contains(where: { $0.key == key }) else { return }
        groups.append((key, true, [FunctionClause(parameters: [parameter], guardExpression: nil, body: body, node: body)]))
    }
}
