import Terms

/// Reads ExUnit's module-level forms — `use ExUnit.Case`, `test`, `describe`, `setup`, and the
/// `@tag`/`@describetag`/`@moduletag` attributes — into ordinary functions of the module,
/// remembering the tests in order with their tags.
struct TestCollector {
    let compiler: Compiler
    let module: ModuleCode
    /// How many `setup` and `setup_all` callbacks the module has so far, by kind: ExUnit numbers each kind from 0.
    private var setupCounts: [String: Int] = [:]
    /// Tags every later test of the module gets (`@moduletag`).
    private var moduleTags: [(key: Atom, value: Term)] = []
    /// Tags every later test of the current `describe` gets (`@describetag`).
    private var describeTags: [(key: Atom, value: Term)] = []
    /// Tags for the next test only (`@tag`).
    private var pendingTags: [(key: Atom, value: Term)] = []
    /// Whether the forms being read are inside a `describe` block.
    private var inDescribe = false
    /// The name and line of the `describe` block being read.
    private var describe: (name: String, line: Int)?
    /// Whether the module said `use ExUnit.Case, async: true`.
    private var isAsync = false
    /// Forms inside a `describe` that are not ExUnit's (`@attribute value`, `defp`), for the module to read.
    private(set) var passedOn: [SyntaxNode] = []

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
            isAsync = args.count > 1 && args[1].keywordValue("async")?.atomName == "true"
            return true
        case "test" where module.isTestCase:
            addTest(args, prefix: prefix, node: item, groups: &groups)
            return true
        case "describe" where module.isTestCase:
            guard args.count == 2, case .string(let title) = args[0].kind, let body = args[1].doBlock else {
                compiler.report("describe expects a name and a do block", at: item)
                return true
            }
            guard !inDescribe else {
                compiler.report("cannot call describe/2 inside another describe. See the documentation for describe/2 on named setups and how to handle hierarchies", at: item)
                return true
            }
            inDescribe = true
            describe = (title, item.position.line)
            for inner in body.blockItems where !collect(inner, prefix: prefix + title + " ", groups: &groups) {
                passedOn.append(inner)
            }
            inDescribe = false
            describe = nil
            describeTags = []
            return true
        case "@" where module.isTestCase:
            return collectTag(args, node: item)
        case "setup" where module.isTestCase:
            addSetup(args, node: item, groups: &groups)
            return true
        case "doctest" where module.isTestCase:
            reportDoctest(args, node: item)
            return true
        case "setup_all" where module.isTestCase && !inDescribe:
            addSetup(args, node: item, groups: &groups, once: true)
            return true
        default:
            return false
        }
    }

    private mutating func addTest(
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
        let clause = FunctionClause(parameters: [parameter], guardExpression: nil, body: Self.endingInOk(body), node: node)
        groups.append((FunctionKey(name: function, arity: 1), true, [clause]))
        let tags = builtInTags(line: node.position.line) + moduleTags + describeTags + pendingTags
        pendingTags = []
        module.tests.append(TestDefinition(name: fullName, function: function, line: node.position.line, tags: tags))
    }

    /// `doctest Mod`: Elixir 1.14 reads the examples from the module's compiled documentation,
    /// which a module defined in a script does not have, so it raises; proctor says the same (and
    /// that it keeps no documentation for the standard library's modules either).
    private func reportDoctest(_ args: [SyntaxNode], node: SyntaxNode) {
        guard let target = args.first, let name = compiler.moduleName(target) else {
            compiler.report("doctest expects a module name", at: node)
            return
        }
        let display = Term.atom(Atom(name)).inspect()
        guard compiler.fileModules.contains(Atom(name)) else {
            compiler.report("proctor cannot run the doctests of \(display): it keeps no documentation for the modules it ships", at: node)
            return
        }
        compiler.report(
            "\(compiler.file): could not retrieve the documentation for module \(display). The BEAM file of the module cannot be accessed",
            at: node, exception: "ExUnit.DocTest.Error")
    }

    /// The tags ExUnit gives every test, which its context shows: `async`, `describe`,
    /// `describe_line`, `file`, `line`, `registered` and `test_type`.
    private func builtInTags(line: Int) -> [(key: Atom, value: Term)] {
        [
            (Atom("async"), .bool(isAsync)), (Atom("describe"), describe.map { .string($0.name) } ?? .nil),
            (Atom("describe_line"), describe.map { .int($0.line) } ?? .nil), (Atom("file"), .string(module.file)),
            (Atom("line"), .int(line)), (Atom("registered"), Term.map(pairs: [])), (Atom("test_type"), .atom("test")),
        ]
    }

    /// Hands over the forms passed on since the last call.
    mutating func takePassedOn() -> [SyntaxNode] {
        defer { passedOn = [] }
        return passedOn
    }

    /// The test's body followed by `:ok`, as ExUnit's `test` macro writes it: the body's last call
    /// is then no tail call, so a failure there keeps the test's own frame (`file.exs:9: (test)`).
    private static func endingInOk(_ body: SyntaxNode) -> SyntaxNode {
        let expressions = body.callName == "__block__" ? body.arguments ?? [body] : [body]
        let ok = SyntaxNode.atom("ok", at: expressions.last?.position ?? body.position)
        return SyntaxNode.call("__block__", expressions + [ok], at: body.position)
    }

    /// `@tag`, `@describetag` and `@moduletag`; other attributes are left to the module (false).
    private mutating func collectTag(_ args: [SyntaxNode], node: SyntaxNode) -> Bool {
        guard let inner = args.first, let name = inner.callName, ["tag", "describetag", "moduletag"].contains(name) else {
            return false
        }
        guard let value = inner.arguments?.first, inner.arguments?.count == 1, let tags = tagPairs(value, node: node) else {
            compiler.report("proctor supports @\(name) only with an atom or a keyword list of literal values", at: node)
            return true
        }
        switch name {
        case "tag": pendingTags += tags
        case "describetag" where inDescribe: describeTags += tags
        case "describetag": compiler.report("@describetag must be set inside describe/2 blocks", at: node)
        case _ where inDescribe: compiler.report("@moduletag must be set outside describe/2 blocks", at: node)
        default: moduleTags += tags
        }
        return true
    }

    /// `:slow` as `[slow: true]`, a keyword list as its pairs; a timeout must be an integer or `:infinity`.
    private func tagPairs(_ node: SyntaxNode, node statement: SyntaxNode) -> [(key: Atom, value: Term)]? {
        guard let value = ConstantFolder.value(of: node) else { return nil }
        if case .atom(let atom) = value { return [(atom, .true)] }
        guard let elements = value.properListElements else { return nil }
        var pairs: [(key: Atom, value: Term)] = []
        for element in elements {
            guard case .tuple(let box) = element, box.elements.count == 2, case .atom(let key) = box.elements[0] else { return nil }
            pairs.append((key, box.elements[1]))
        }
        if let timeout = pairs.last(where: { $0.key == Atom("timeout") })?.value, !Self.isTimeout(timeout) {
            compiler.report("the timeout tag must be an integer (milliseconds) or :infinity, got: \(timeout.inspect())", at: statement)
        }
        return pairs
    }

    private static func isTimeout(_ value: Term) -> Bool {
        if case .int(let milliseconds) = value { return milliseconds >= 0 }
        return value == .atom("infinity")
    }

    /// `setup` (or `setup_all` when `once`) with a do block, or with the names of the module's
    /// functions to call in turn (`setup [:start_server, :seed]`): one function of the context
    /// each, which the runner calls before each test (or once before the module's tests).
    private mutating func addSetup(
        _ args: [SyntaxNode], node: SyntaxNode,
        groups: inout [(key: FunctionKey, isPublic: Bool, clauses: [FunctionClause])], once: Bool = false
    ) {
        let kind = once ? "setup_all" : "setup"
        let clauses: [FunctionClause]
        if let body = args.last?.doBlock {
            let parameter = args.count == 2 ? args[0] : SyntaxNode(.variable("_"), at: node.position)
            clauses = [FunctionClause(parameters: [parameter], guardExpression: nil, body: body, node: node)]
        } else if args.count == 1, let names = Self.functionNames(args[0]) {
            clauses = names.map { name in
                let context = SyntaxNode(.variable("context"), at: node.position)
                return FunctionClause(parameters: [context], guardExpression: nil, body: .call(name, [context], at: node.position), node: node)
            }
        } else {
            compiler.report("\(kind) expects a do block, an atom or a list of atoms naming functions of the module", at: node)
            return
        }
        for clause in clauses {
            let number = setupCounts[kind, default: 0]
            setupCounts[kind] = number + 1
            let function = Atom("__ex_unit_\(kind)_\(number)")
            groups.append((FunctionKey(name: function, arity: 1), true, [clause]))
            if once { module.setupAlls.append(function) } else { module.setups.append(function) }
        }
    }

    /// `:name` or `[:first, :second]` as the names.
    private static func functionNames(_ node: SyntaxNode) -> [String]? {
        if let name = node.atomName { return [name] }
        guard case .list(let items) = node.kind else { return nil }
        let names = items.compactMap(\.atomName)
        return names.count == items.count ? names : nil
    }
}
