import Terms

/// What code inside one module can see: the module, its aliases, attributes and imports.
final class ModuleContext {
    let module: ModuleCode
    var aliases: [String: String]
    var attributes: [String: Term]
    /// Attributes whose values are expressions rather than literals, compiled where they are read.
    var attributeExpressions: [String: SyntaxNode] = [:]
    var imports: [Atom] = []
    /// The modules `require`d (or imported, or used), whose macros may be called.
    var requires: Set<Atom> = []
    /// What each imported module's `only:`/`except:` lets through.
    var importFilters: [Atom: ImportFilter] = [:]
    /// The `alias` and `import` forms written in this module (or script), by line, for the unused ones' warnings.
    var aliasLines: [(short: String, line: Int)] = []
    var importLines: [(module: Atom, line: Int)] = []
    /// The aliases and imported modules some code used.
    var usedAliases: Set<String> = []
    var usedImports: Set<Atom> = []
    /// What `@impl` and the behaviours declared say, for their warnings.
    let implementations = ImplementationChecks()
    /// The line that last set each attribute of the module.
    var attributeLines: [String: Int] = [:]
    /// The attributes some code of the module reads.
    var readAttributes: Set<String> = []
    /// The attributes registered with `accumulate: true`: each `@name value` adds to a list.
    var accumulating: Set<String> = []
    /// The module's own macros some code called (`MACRO-name/arity+1`), never unused.
    var usedMacros: Set<FunctionKey> = []
    /// The module's `defmacro`, `defmacrop`, `def` and `defp` forms so far, for calls of its macros
    /// later in the module.
    var macroForms: [SyntaxNode] = []
    /// The module's macros compiled alone (see `localMacro`), with how many forms they hold.
    var macroModule: (forms: Int, module: ModuleCode)?
    /// The callbacks the module's `@callback`s declare, when it is a behaviour.
    var callbacks: [FunctionKey] = []
    /// The functions `defoverridable` marked that no later `def` replaced yet.
    var overridable: Set<FunctionKey> = []
    /// For each function that replaced an overridable one, the hidden function its `super` calls.
    var superFunctions: [FunctionKey: FunctionKey] = [:]
    /// The module's `@before_compile` and `@after_compile` hooks, in order.
    var compileHooks: [CompileHook] = []

    init(module: ModuleCode, aliases: [String: String], attributes: [String: Term]) {
        self.module = module
        self.aliases = aliases
        self.attributes = attributes
    }

    /// Records `alias Foo.Bar` (or `alias Foo.Bar, as: Baz`, `alias __MODULE__, as: Baz`) so `Bar`
    /// (or `Baz`) names `Foo.Bar`; `alias Foo.{Bar, Qux}` records both.
    func addAlias(_ node: SyntaxNode) {
        guard let args = node.arguments, let target = args.first else { return }
        let warns = args.count < 2 || args[1].keywordValue("warn")?.atomName != "false"
        if let (receiver, name) = target.remoteCallee, name == "{}", let base = expandedAlias(receiver), let members = target.arguments {
            for member in members {
                guard let segments = member.aliasSegments, let last = segments.last else { continue }
                record(short: last, full: ([base] + segments).joined(separator: "."), warns: warns, line: node.position.line)
            }
            return
        }
        guard let full = expandedAlias(target), let last = full.split(separator: ".").last else { return }
        var short = String(last)
        if args.count > 1, let alias = args[1].keywordValue("as"), let asSegments = alias.aliasSegments {
            short = asSegments.joined(separator: ".")
        }
        record(short: short, full: full, warns: warns, line: node.position.line)
    }

    /// Makes `short` name `full`; an alias that renames something is warned about when unused.
    private func record(short: String, full: String, warns: Bool, line: Int) {
        aliases[short] = full
        if warns, "Elixir." + short != full { aliasLines.append((short, line)) }
    }

    /// The full atom name an alias target names: `Foo.Bar` through the aliases so far, or `__MODULE__`.
    private func expandedAlias(_ node: SyntaxNode) -> String? {
        if node.callName == "__MODULE__" || node.variableName == "__MODULE__" { return module.name.name }
        guard let segments = node.aliasSegments, let first = segments.first else { return nil }
        if let expanded = aliases[first] { return ([expanded] + segments.dropFirst()).joined(separator: ".") }
        return "Elixir." + segments.joined(separator: ".")
    }

    /// Records `import Module` (with its `only:`/`except:` options) written at `line`.
    func addImport(_ module: Atom, options: SyntaxNode? = nil, line: Int) {
        imports.removeAll { $0 == module }
        imports.append(module)
        requires.insert(module)
        importFilters[module] = ImportFilter(options: options)
        importLines.append((module, line))
    }

    /// Whether the import of `module` brings in `name/arity`.
    func imports(_ module: Atom, _ name: String, arity: Int) -> Bool {
        importFilters[module]?.admits(name, arity: arity) ?? true
    }

    /// `unused alias Bar` for each alias nothing used (Elixir lists them by name).
    var unusedAliases: [CompileWarning] {
        aliasLines.filter { !usedAliases.contains($0.short) }.map {
            CompileWarning(message: "unused alias \($0.short)", line: $0.line, column: 0, function: nil)
        }
    }

    /// `unused import List` for each import nothing called (Elixir lists them by module; `import Kernel`,
    /// which only narrows what is imported already, is never reported).
    var unusedImports: [CompileWarning] {
        importLines.filter { !usedImports.contains($0.module) && $0.module != Atom("Elixir.Kernel") }.map {
            CompileWarning(message: "unused import \(Term.atom($0.module).inspect())", line: $0.line, column: 0, function: nil)
        }
    }

    /// Whether this is a file's (or the shell's) top level rather than a module.
    var isTopLevel: Bool { module.name.name.hasPrefix("elixir_compiler") }

    /// The local function `name/arity` of this module, if defined.
    func localFunction(_ name: String, arity: Int) -> Int32? {
        module.definitions[FunctionKey(name: Atom(name), arity: arity)].map(Int32.init)
    }
}

/// One clause of a named function: its parameters, guard and body.
struct FunctionClause {
    let parameters: [SyntaxNode]
    let guardExpression: SyntaxNode?
    let body: SyntaxNode
    let node: SyntaxNode
}

/// Compiles the body of a `defmodule`: collects its functions (with default arguments
/// expanded into extra arities), then compiles each function's clauses.
struct ModuleCompiler {
    let compiler: Compiler
    let module: ModuleCode

    private static let unsupported: Set<String> = [
        "defprotocol", "defimpl",
    ]
    private static let ignoredAttributes: Set<String> = ["doc", "moduledoc", "spec", "impl", "type", "typep", "behaviour", "callback"]

    /// Compiles the module's forms; returns its context, whose unused aliases and imports are
    /// reported once the whole file has run.
    @discardableResult
    func compile(_ items: [SyntaxNode]) -> ModuleContext {
        let context = ModuleContext(module: module, aliases: [:], attributes: [:])
        var groups: [(key: FunctionKey, isPublic: Bool, clauses: [FunctionClause])] = []
        var defaults: [(key: FunctionKey, isPublic: Bool, parameters: [SyntaxNode], node: SyntaxNode)] = []
        var tests = TestCollector(compiler: compiler, module: module)
        var pending = ModuleConditionals(compiler: compiler).expand(items)
        var next = 0
        var hooksExpanded = false
        while next < pending.count || !hooksExpanded {
            if next == pending.count {
                hooksExpanded = true
                pending += beforeCompileForms(context)
                continue
            }
            let item = pending[next]
            next += 1
            if let expansion = expandMacroCall(item, context: context) {
                pending.insert(contentsOf: ModuleConditionals(compiler: compiler).expand(expansion), at: next)
                continue
            }
            if tests.collect(item, groups: &groups) {
                for inner in tests.takePassedOn() { collect(inner, context: context, groups: &groups, defaults: &defaults) }
                continue
            }
            collect(item, context: context, groups: &groups, defaults: &defaults)
        }
        if module.isTestCase { context.imports += [Atom("Elixir.ExUnit.Assertions"), Atom("Elixir.ExUnit.Callbacks")] }
        var generated: Set<FunctionKey> = []
        for entry in defaults where !groups.contains(where: { $0.key == entry.key }) {
            groups.append((entry.key, entry.isPublic, [defaultClause(entry.parameters, at: entry.node)]))
            generated.insert(entry.key)
        }
        let childSpec = FunctionKey(name: Atom("child_spec"), arity: 1)
        if !groups.contains(where: { $0.key == childSpec }),
            let clause = BehaviourUse.childSpecClause(in: items, module: module.name.name, compiler: compiler)
        {
            groups.append((childSpec, true, [clause]))
        }
        if module.isException { addExceptionCallbacks(to: &groups, at: items.first?.position ?? SourcePosition(line: 1, column: 1)) }
        for (index, group) in groups.enumerated() {
            let code = FunctionCode(name: group.key.name.name, arity: group.key.arity, module: module, isAnonymous: false)
            module.functions.append(code)
            module.definitions[group.key] = index
            if group.isPublic { module.exports[group.key] = index }
        }
        for (index, group) in groups.enumerated() {
            let builder = FunctionBuilder(code: module.functions[index], enclosing: nil, warnings: compiler.warningLog)
            let expressions = ExpressionCompiler(compiler: compiler, context: context, builder: builder)
            expressions.compileNamedClauses(group.clauses, name: group.key.name.name)
        }
        warn(about: groups, generated: generated.union(context.superFunctions.values), context: context)
        return context
    }

    /// Adds the module's own warnings (unused private functions, clauses that cannot match,
    /// unused attributes) after those its functions' code gave.
    private func warn(
        about groups: [(key: FunctionKey, isPublic: Bool, clauses: [FunctionClause])], generated: Set<FunctionKey>,
        context: ModuleContext
    ) {
        let checks = ModuleWarnings(module: module, context: context)
        var lines: [FunctionKey: Int] = [:]
        for group in groups { lines[group.key] = group.clauses.first?.node.position.line }
        let clauses = groups.flatMap { ModuleWarnings.shadowedClauses($0.clauses, key: $0.key) } + compiler.takeClauseWarnings()
        let warnings =
            checks.unusedFunctions(definitionLines: lines, generated: generated)
            + context.implementations.warnings(module: module.name) + missingCallbacks(context) + clauses.sorted { $0.line < $1.line } + checks.unusedAttributes()
        for warning in warnings { compiler.warningLog.add(warning) }
    }

    private func collect(
        _ item: SyntaxNode, context: ModuleContext,
        groups: inout [(key: FunctionKey, isPublic: Bool, clauses: [FunctionClause])],
        defaults: inout [(key: FunctionKey, isPublic: Bool, parameters: [SyntaxNode], node: SyntaxNode)]
    ) {
        if ModuleAttributes.register(item, context: context, compiler: compiler) { return }
        guard let name = item.callName else { return }
        if name == "defmacro" || name == "defmacrop", let definition = Self.macroAsFunction(item) {
            context.macroForms.append(item)
            collect(definition, context: context, groups: &groups, defaults: &defaults)
            return
        }
        if name == "defguard" || name == "defguardp", let definition = GuardDefinition.asFunction(item) {
            collect(definition, context: context, groups: &groups, defaults: &defaults)
            return
        }
        switch name {
        case "def", "defp":
            guard let definition = parseDefinition(item) else { return }
            if !definition.name.hasPrefix("MACRO-") { context.macroForms.append(item) }
            let isPublic = name == "def"
            for (key, parameters) in defaultArities(definition.parameters, name: definition.name) {
                defaults.append((key, isPublic, parameters, item))
            }
            guard let body = definition.body else { return }
            let parameters = definition.parameters.map(stripDefault)
            let key = FunctionKey(name: Atom(definition.name), arity: parameters.count)
            let clause = FunctionClause(parameters: parameters, guardExpression: definition.guardExpression, body: body, node: item)
            context.implementations.define(key, line: item.position.line)
            override(key, groups: &groups, context: context)
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].clauses.append(clause)
            } else {
                groups.append((key, isPublic, [clause]))
            }
        case "@": collectAttribute(item, context: context)
        case "alias": collectAlias(item, context: context)
        case "import":
            if let target = item.arguments?.first, let module = compiler.moduleName(target) {
                context.addImport(Atom(module), options: item.arguments?.dropFirst().first, line: item.position.line)
            }
        case "use":
            if let target = item.arguments?.first, let used = compiler.moduleName(target), ImplementationChecks.declaredByUse.contains(used) {
                context.implementations.declare(Atom(used))
            }
        case "require":
            if let target = item.arguments?.first, let module = compiler.moduleName(target) { context.requires.insert(Atom(module)) }
        case "defexception":
            context.implementations.declare(Atom("Elixir.Exception"))
            evaluateStructDefaults(item, context: context)
        case "defstruct": evaluateStructDefaults(item, context: context)
        case "defoverridable": makeOverridable(item, context: context, defined: groups.map(\.key))
        case "setup_all" where module.isTestCase, "describe" where module.isTestCase:
            compiler.report("cannot call \(name) inside describe/2", at: item)
        default:
            if Self.unsupported.contains(name) {
                compiler.report("\(name) is not supported by proctor", at: item)
            }
        }
    }

    /// The `do` block, wrapped in a `try` when the definition has `rescue`, `catch`, `else` or `after` blocks.
    private static func bodyWithImplicitTry(_ blocks: SyntaxNode) -> SyntaxNode? {
        guard let body = blocks.doBlock else { return nil }
        let handled = ["rescue", "catch", "else", "after"].contains { blocks.keywordValue($0) != nil }
        return handled ? SyntaxNode.call("try", [blocks], at: body.position) : body
    }

    private struct Definition {
        let name: String
        let parameters: [SyntaxNode]
        let guardExpression: SyntaxNode?
        let body: SyntaxNode?
    }

    private func parseDefinition(_ item: SyntaxNode) -> Definition? {
        guard let args = item.arguments, let head = args.first else {
            compiler.report("invalid function definition", at: item)
            return nil
        }
        var callHead = head
        var guardExpression: SyntaxNode?
        if head.callName == "when", let parts = head.arguments, parts.count == 2 {
            callHead = parts[0]
            guardExpression = parts[1]
        }
        let body = args.count > 1 ? Self.bodyWithImplicitTry(args[1]) : nil
        switch callHead.kind {
        case .variable(let name):
            return Definition(name: name, parameters: [], guardExpression: guardExpression, body: body)
        case .call(.name(let name), let parameters):
            return Definition(name: name, parameters: parameters, guardExpression: guardExpression, body: body)
        default:
            compiler.report("invalid function head", at: item)
            return nil
        }
    }

    /// For `def f(a, b \\ 1, c \\ 2)`: `f/1` and `f/2`, each calling `f/3` with the defaults.
    private func defaultArities(_ parameters: [SyntaxNode], name: String) -> [(FunctionKey, [SyntaxNode])] {
        let defaultCount = parameters.filter { $0.callName == "\\\\" }.count
        guard defaultCount > 0 else { return [] }
        var result: [(FunctionKey, [SyntaxNode])] = []
        for omitted in 1...defaultCount {
            let arity = parameters.count - omitted
            result.append((FunctionKey(name: Atom(name), arity: arity), fillDefaults(parameters, omitting: omitted, name: name)))
        }
        return result
    }

    /// The call `name(p1, ..., default...)` a lower-arity clause makes, written as its only body.
    private func fillDefaults(_ parameters: [SyntaxNode], omitting count: Int, name: String) -> [SyntaxNode] {
        var remaining = count
        var callArguments: [SyntaxNode] = []
        var newParameters: [SyntaxNode] = []
        for (index, parameter) in parameters.enumerated().reversed() {
            if parameter.callName == "\\\\", remaining > 0, let parts = parameter.arguments {
                callArguments.insert(parts[1], at: 0)
                remaining -= 1
            } else {
                let variable = SyntaxNode(.variable("default_arg\(index)"), at: parameter.position)
                callArguments.insert(variable, at: 0)
                newParameters.insert(variable, at: 0)
            }
        }
        let call = SyntaxNode(.call(.name(name), callArguments), at: parameters.first?.position ?? SourcePosition(line: 0, column: 0))
        return newParameters + [call]
    }

    private func defaultClause(_ parametersAndCall: [SyntaxNode], at node: SyntaxNode) -> FunctionClause {
        let parameters = Array(parametersAndCall.dropLast())
        let body = parametersAndCall.last ?? node
        return FunctionClause(parameters: parameters, guardExpression: nil, body: body, node: node)
    }

    private func stripDefault(_ parameter: SyntaxNode) -> SyntaxNode {
        guard parameter.callName == "\\\\", let parts = parameter.arguments, parts.count == 2 else { return parameter }
        return parts[0]
    }

    private func collectAttribute(_ item: SyntaxNode, context: ModuleContext) {
        guard let inner = item.arguments?.first, case .call(.name(let name), let args) = inner.kind, args.count == 1 else { return }
        if name == "impl" { context.implementations.implementation(args[0]) }
        if name == "behaviour", let behaviour = compiler.moduleName(args[0]) { context.implementations.declare(Atom(behaviour)) }
        if name == "callback", let key = ModuleAttributes.callback(args[0]) { context.callbacks.append(key) }
        if Self.ignoredAttributes.contains(name) || recordCompileHook(name, args[0], context: context) { return }
        if context.accumulating.contains(name) {
            ModuleAttributes.accumulate(name, args[0], context: context, compiler: compiler)
            return
        }
        context.attributeLines[name] = item.position.line
        guard let value = ConstantFolder.value(of: args[0]) else {
            context.attributes[name] = nil
            context.attributeExpressions[name] = args[0]
            return
        }
        context.attributeExpressions[name] = nil
        context.attributes[name] = value
    }

    private func collectAlias(_ item: SyntaxNode, context: ModuleContext) {
        context.addAlias(item)
    }
}
