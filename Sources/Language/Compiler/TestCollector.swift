import Terms

/// Reads ExUnit's module-level forms — `use ExUnit.Case`, `test`, `describe`, `setup` —
/// into ordinary functions of the module, remembering the tests in order.
struct TestCollector {
    let compiler: Compiler
    let module: ModuleCode
    private var setupCount = 0

    init(compiler: Compiler, module: ModuleCode) {
        self.compiler = compiler
        self.module = module
    }

    /// Handles `item` if it is an ExUnit form; returns whether it was one.
    mutating func collect(
        _ item: SyntaxNode, prefix: String = "",
        groups: inout [(key: FunctionKey, isPublic: Bool, clauses: [FunctionClause])]
    ) -> Bool {
        guard let name = item.callName, let args = item.arguments else { return false }
        switch name {
        case "use":
            guard let target = args.first, target.aliasSegments == ["ExUnit", "Case"] else { return false }
            module.isTestCase = true
            return true
        case "test" where module.isTestCase:
            addTest(args, prefix: prefix, node: item, groups: &groups)
            return true
        case "describe" where module.isTestCase:
            guard args.count == 2, case .string(let title) = args[0].kind, let body = args[1].doBlock else {
                compiler.report("describe expects a name and a do block", at: item)
                return true
            }
            for inner in body.blockItems where !collect(inner, prefix: prefix + title + " ", groups: &groups) {
                compiler.report("only test and setup can appear inside describe in proctor", at: inner)
            }
            return true
        case "setup" where module.isTestCase:
            addSetup(args, node: item, groups: &groups)
            return true
        default:
            return false
        }
    }

    private func addTest(
        _ args: [SyntaxNode], prefix: String, node: SyntaxNode,
        groups: inout [(key: FunctionKey, isPublic: Bool, clauses: [FunctionClause])]
    ) {
        guard let title = args.first, case .string(let text) = title.kind, let body = args.last?.doBlock else {
            compiler.report("test expects a name and a do block", at: node)
            return
        }
        let fullName = prefix + text
        let function = Atom("test " + fullName)
        let parameter = args.count == 3 ? args[1] : SyntaxNode(.variable("_"), at: node.position)
        let clause = FunctionClause(parameters: [parameter], guardExpression: nil, body: body, node: node)
        groups.append((FunctionKey(name: function, arity: 1), true, [clause]))
        module.tests.append(TestDefinition(name: fullName, function: function, line: node.position.line))
    }

    private mutating func addSetup(
        _ args: [SyntaxNode], node: SyntaxNode,
        groups: inout [(key: FunctionKey, isPublic: Bool, clauses: [FunctionClause])]
    ) {
        guard let body = args.last?.doBlock else {
            compiler.report("proctor supports setup only with a do block", at: node)
            return
        }
        setupCount += 1
        let function = Atom("__ex_unit_setup_\(setupCount)")
        let parameter = args.count == 2 ? args[0] : SyntaxNode(.variable("_"), at: node.position)
        let clause = FunctionClause(parameters: [parameter], guardExpression: nil, body: body, node: node)
        groups.append((FunctionKey(name: function, arity: 1), true, [clause]))
        module.setups.append(function)
    }
}
