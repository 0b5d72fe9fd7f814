import Terms

/// The result of compiling one source file: its modules and the script's top-level code.
public struct CompiledFile {
    /// The modules the file defines, in order.
    public let modules: [ModuleCode]
    /// The module holding the file's top-level code (and the closures made there).
    public let scriptModule: ModuleCode
    /// The file's top-level expressions as a function of no arguments.
    public let script: FunctionCode
    /// The warnings about the file's top-level code, printed before it runs (as Elixir 1.14 does).
    public var warnings: [String] = []
    /// The warnings printed once the file has run: unused aliases, then unused imports, each by name.
    public var closingWarnings: [String] = []
    /// The remote calls its modules' functions make, checked once the file has run.
    public var remoteCalls: [RemoteCallSite] = []
    /// What the file's macros printed while it compiled, on standard output and standard error.
    public var macroOutput: (standardOutput: String, standardError: String) = ("", "")
}

/// Compiles a parsed Elixir file to bytecode, collecting every compile error.
public final class Compiler {
    /// The module a file's top-level code is compiled into, as Elixir names it.
    static let scriptModuleName = Atom("elixir_compiler_0")
    /// How the modules of top-level code (a file's, an iex input's) begin.
    static let scriptModulePrefix = "elixir_compiler_"
    let file: String
    /// Whether the file is one of the standard library's (which alone may define its modules).
    let isLibrary: Bool
    let structs: StructRegistry
    let environment: CompileEnvironment
    let sourceLines: [Substring]
    private(set) var errors: [CompileError] = []
    /// The warnings found so far, handed to each module as it is compiled.
    let warningLog = WarningLog()
    /// The modules the file defines.
    private(set) var fileModules: Set<Atom> = []
    /// The modules' and the script's contexts, for their unused aliases and imports.
    private var contexts: [ModuleContext] = []
    /// `this clause cannot match` warnings of `case` and `receive` in the module being compiled.
    private var clauseWarnings: [CompileWarning] = []
    /// The modules of this file compiled so far, so a later module may `import` one of them.
    var compiledModules: [Atom: ModuleCode] = [:]
    /// Runs the macros this file calls (made at the first expansion).
    var macroRunner: MacroRunner?
    /// Warnings Elixir gives only once the whole file compiled (a macro called without `require`),
    /// printed after the file has run, with the unused aliases and imports.
    var deferredWarnings: [CompileWarning] = []
    /// Whether a module's macros and functions are being compiled alone (`localMacro`) now.
    var compilingMacrosAlone = false
    /// How many macro expansions are being compiled inside one another now.
    var macroDepth = 0
    /// How many macro calls were expanded so far: each expansion's hygienic variables are its own.
    var expansionCount = 0
    /// The callbacks each behaviour module of this file declares (`@callback`), in order.
    var behaviourCallbacks: [Atom: [FunctionKey]] = [:]
    /// The line of each module's `defmodule`, where warnings about the whole module point.
    var definitionLines: [Atom: Int] = [:]
    private var anonymousCount = 0
    /// The remote calls written in the modules' functions so far (none for the library's files).
    var remoteCalls: [RemoteCallSite] = []

    /// Prepares to compile `file` against what `environment` already holds; `isLibrary` only
    /// for the standard library's own files.
    public init(file: String, source: String, environment: CompileEnvironment, isLibrary: Bool = false) {
        self.file = file
        self.isLibrary = isLibrary
        self.sourceLines = source.lineSlices
        self.structs = environment.structs
        self.environment = environment
    }

    /// Compiles `tree`; throws every compile error found, in source order.
    public func compile(_ tree: SyntaxNode) throws(CompileErrors) -> CompiledFile {
        let written = tree.callName == "__block__" ? (tree.arguments ?? []) : [tree]
        let top = ProtocolDesugaring(compiler: self).expand(written)
        let moduleNodes = FunctionBodyModules.lift(NestedModules.flatten(top))
        fileModules = Set(moduleNodes.compactMap { $0.arguments?.first.flatMap(moduleName).map(Atom.init) })
        moduleNodes.forEach(declareStruct)
        let modules = moduleNodes.compactMap(compileModule)
        let scriptModule = ModuleCode(name: Compiler.scriptModuleName, file: file, isLibrary: isLibrary)
        let scriptCode = FunctionCode(name: "__script__", arity: 0, module: scriptModule, isAnonymous: false)
        scriptModule.functions.append(scriptCode)
        let context = ModuleContext(module: scriptModule, aliases: [:], attributes: [:])
        let body = top.map { $0.callName == "defmodule" ? definition(of: $0) : $0 }
        let builder = FunctionBuilder(code: scriptCode, enclosing: nil, warnings: warningLog)
        ExpressionCompiler(compiler: self, context: context, builder: builder)
            .compileBody(SyntaxNode.blockOf(body, at: tree.position))
        builder.reportUnused(in: builder.scope)
        _ = takeClauseWarnings()
        guard errors.isEmpty else { throw CompileErrors(errors: errors.sorted { $0.line < $1.line }) }
        try freeze(modules + [scriptModule])
        var compiled = CompiledFile(modules: modules, scriptModule: scriptModule, script: scriptCode)
        compiled.warnings = takeWarnings()
        compiled.macroOutput = macroRunner.map { ($0.output.standardOutput, $0.output.standardError) } ?? ("", "")
        let all = contexts + [context]
        let unused = deferredWarnings + all.flatMap(\.unusedAliases).sorted { $0.message < $1.message } + all.flatMap(\.unusedImports).sorted { $0.message < $1.message }
        compiled.closingWarnings = unused.map { $0.text(location: warningLocation(line: $0.line)) }
        compiled.remoteCalls = remoteCalls
        return compiled
    }

    /// Keeps a remote call to `name` at `line`, made by `caller`, for the undefined-function check.
    func recordRemoteCall(_ name: RemoteName, line: Int, caller: FunctionCode?) {
        guard !isLibrary, let caller else { return }
        remoteCalls.append(RemoteCallSite(name: name, line: line, callerModule: caller.module.name, caller: CompileWarning.functionName(caller)))
    }

    /// The warnings found since the last call, as Elixir prints them.
    func takeWarnings() -> [String] {
        warningLog.take().map { $0.text(location: warningLocation(line: $0.line)) }
    }

    /// Keeps `warnings` about `case` or `receive` clauses for the module's own warnings.
    func addClauseWarnings(_ warnings: [CompileWarning]) { clauseWarnings += warnings }

    /// The clause warnings kept so far (those of the module just compiled).
    func takeClauseWarnings() -> [CompileWarning] {
        defer { clauseWarnings = [] }
        return clauseWarnings
    }

    /// Hands `modules` to the VM. In debug builds (and so in every test) each function's
    /// bytecode is verified first, and bad code is reported as a compiler bug instead of run.
    func freeze(_ modules: [ModuleCode]) throws(CompileErrors) {
        #if DEBUG
        let faults = modules.flatMap(\.functions).compactMap(BytecodeVerifier.fault(in:))
        guard faults.isEmpty else { throw CompileErrors(errors: faults.map(\.compileError)) }
        #endif
        for module in modules { module.freeze() }
    }

    /// What the script does where a `defmodule` stood: makes that module (and the ones nested in it) callable,
    /// and evaluates to `{:module, Name, <<...>>, last}`.
    func definition(of node: SyntaxNode) -> SyntaxNode {
        let names = NestedModules.flatten([node]).compactMap { $0.arguments?.first.flatMap(moduleName) }
        let atoms = names.map { SyntaxNode.atom($0, at: node.position) }
        let location = SyntaxNode(.string(warningLocation(line: node.position.line)), at: node.position)
        let helpers = SyntaxNode.atom("proctor", at: node.position)
        return .blockOf([
            .remoteCall(helpers, "await_code_server", [], at: node.position),
            .remoteCall(helpers, "define_modules", [SyntaxNode(.list(atoms), at: node.position), location], at: node.position),
        ], at: node.position)
    }

    /// Where a warning points: `file.exs:10`; in the shell `iex:N`, N counting on from the prompt's number.
    /// Where `line` of the file is, as warnings print it: `file.exs:3`, or `iex:4` for the
    /// second line of iex input 3.
    func warningLocation(line: Int) -> String {
        let prefix = InteractiveFile.prefix
        if file.hasPrefix(prefix), let first = Int(file.dropFirst(prefix.count)) { return prefix + "\(first + line - 1)" }
        return "\(file):\(line)"
    }

    /// The source text from `node`'s position to the end of its line (`assert x == 1`), for ExUnit's `code:` line.
    func sourceText(from node: SyntaxNode) -> String {
        let line = node.position.line - 1
        guard sourceLines.indices.contains(line) else { return "" }
        let text = sourceLines[line].dropFirst(max(node.position.column - 1, 0))
        return String(text).trimmingSpaces()
    }

    /// Forgets the errors reported after the first `count`.
    func discardErrors(after count: Int) { errors.removeLast(max(errors.count - count, 0)) }

    /// Records `error` as it is.
    func report(_ error: CompileError) { errors.append(error) }

    func report(_ message: String, at node: SyntaxNode, exception: String = "CompileError", hint: String? = nil, frames: [String] = []) {
        errors.append(CompileError(message, line: node.position.line, exception: exception, hint: hint, frames: frames))
    }

    func nextAnonymousName(in function: FunctionCode) -> String {
        anonymousCount += 1
        return "-\(AnonymousFunctionName.enclosing(of: function))-fun-\(anonymousCount)-"
    }

    /// Records the struct a module defines (`defstruct`, `defexception`) before any code is compiled,
    /// so `%Mod{}` works anywhere in the file. A default that is not a literal is nil until the
    /// module's body evaluates it (`ModuleCompiler.evaluateStructDefaults`).
    func declareStruct(_ node: SyntaxNode) {
        guard let args = node.arguments, args.count == 2, let name = moduleName(args[0]),
            let body = args[1].doBlock, mayDefine(Atom(name)) == nil
        else { return }
        for item in body.blockItems {
            guard let kind = item.callName, kind == "defstruct" || kind == "defexception",
                let fieldList = item.arguments?.first
            else { continue }
            let fields = structFields(fieldList, isException: kind == "defexception")
            structs.define(Atom(name), fields: fields, isException: kind == "defexception", enforcedKeys: enforcedKeys(body))
        }
    }

    /// The atoms of the module's `@enforce_keys [...]`, if it has one.
    private func enforcedKeys(_ body: SyntaxNode) -> [Atom] {
        for item in body.blockItems where item.callName == "@" {
            guard let inner = item.arguments?.first, inner.callName == "enforce_keys",
                let list = inner.arguments?.first, case .list(let elements) = list.kind
            else { continue }
            return elements.compactMap { $0.atomName.map { Atom($0) } }
        }
        return []
    }

    private func structFields(_ node: SyntaxNode, isException: Bool) -> [(key: Atom, value: Term)] {
        var fields: [(key: Atom, value: Term)] = []
        let items: [SyntaxNode]
        if case .list(let elements) = node.kind { items = elements } else { items = [node] }
        for item in items {
            switch item.kind {
            case .atom(let name): fields.append((Atom(name), .nil))
            case .pair(let key, let value):
                guard let name = key.atomName else { continue }
                fields.append((Atom(name), ConstantFolder.value(of: value) ?? .nil))
            default: report("invalid struct field \(item)", at: item)
            }
        }
        if isException { fields.append((Atom("__exception__"), .true)) }
        return fields
    }

    func compileModule(_ node: SyntaxNode) -> ModuleCode? {
        guard let args = node.arguments, args.count == 2, let name = moduleName(args[0]) else {
            report("invalid defmodule", at: node)
            return nil
        }
        guard let body = args[1].doBlock else {
            report("defmodule needs a do block", at: node)
            return nil
        }
        if let reason = mayDefine(Atom(name)) {
            let display = name.hasPrefix("Elixir.") ? String(name.dropFirst(7)) : ":" + name
            report(ReservedModules.message(defining: display, reason: reason), at: node, hint: ReservedModules.hint)
            return nil
        }
        let module = ModuleCode(name: Atom(name), file: file, isLibrary: isLibrary)
        module.line = node.position.line
        if let definition = structs.definition(of: module.name) {
            module.structFields = definition.fields
            module.isException = definition.isException
        }
        definitionLines[module.name] = node.position.line
        let context = ModuleCompiler(compiler: self, module: module).compile(body.blockItems)
        contexts.append(context)
        if !context.callbacks.isEmpty { behaviourCallbacks[module.name] = context.callbacks }
        module.warnings = takeWarnings()
        module.definitionValue = ModuleDefinitionValue.value(of: module, last: body.blockItems.last, compiler: self)
        compiledModules[module.name] = module
        runAfterCompileHooks(context, module: module)
        return module
    }

    /// Whether `module` is loaded or compiled earlier in this file and exports `name/arity`.
    func exports(_ module: Atom, _ name: String, arity: Int) -> Bool {
        if let compiled = compiledModules[module] { return compiled.exported(Atom(name), arity: arity) != nil }
        return environment.exports(module, name, arity: arity)
    }

    /// Why this file may not define `module` (only the library's files may define its modules), or nil.
    private func mayDefine(_ module: Atom) -> String? {
        isLibrary ? nil : ReservedModules.reason(module)
    }

    /// `Foo.Bar` as the atom name `Elixir.Foo.Bar`.
    func moduleName(_ node: SyntaxNode) -> String? {
        if let segments = node.aliasSegments { return "Elixir." + segments.joined(separator: ".") }
        return node.atomName
    }
}

/// Every compile error of a file, in source order.
public struct CompileErrors: Error {
    /// The errors.
    public let errors: [CompileError]
}

extension SyntaxNode {
    /// The `do:` value of a call's trailing keyword list (`defmodule X do ... end`).
    var doBlock: SyntaxNode? { keywordValue("do") }

    /// The value of `key` in this node when it is a keyword list.
    func keywordValue(_ key: String) -> SyntaxNode? {
        keywordEntries?.first { $0.key == key }?.value
    }

    /// The expressions of a block (one expression is a block of one).
    var blockItems: [SyntaxNode] {
        callName == "__block__" ? (arguments ?? []) : [self]
    }

    /// A block of `nodes` (`nil` when empty).
    static func blockOf(_ nodes: [SyntaxNode], at position: SourcePosition) -> SyntaxNode {
        if nodes.isEmpty { return SyntaxNode(.atom("nil"), at: position) }
        if nodes.count == 1 { return nodes[0] }
        return SyntaxNode(.call(.name("__block__"), nodes), at: position)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
    }
}
