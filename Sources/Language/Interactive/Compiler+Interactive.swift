import Terms

/// One compiled REPL input: the modules it defines and a function that evaluates it.
public struct CompiledInput {
    /// Modules defined by the input (`defmodule` typed at the prompt), defined when the input runs.
    public let file: CompiledFile
    /// The names of the variables the function takes, in argument order.
    public let parameters: [String]
}

extension Compiler {
    /// Compiles a REPL input as a function of the variables bound so far (`parameters`),
    /// returning `{value, [variable values]}` with the variables in `bindingNames` order.
    /// Locals resolve to `IEx.Helpers` (flush/0, h/0) before Kernel.
    /// `Code.eval_string` compiles its code the same way, into `module`, without iex's helpers.
    public func compileInput(
        _ tree: SyntaxNode, parameters: [String], module: Atom = Atom("elixir_compiler_iex"), importsHelpers: Bool = true
    ) throws(CompileErrors) -> (CompiledInput, bindingNames: [String]) {
        let top = tree.callName == "__block__" ? (tree.arguments ?? []) : [tree]
        let moduleNodes = NestedModules.flatten(top)
        moduleNodes.forEach(declareStruct)
        let modules = moduleNodes.compactMap(compileModule)
        let inputModule = ModuleCode(name: module, file: file)
        let code = FunctionCode(name: "__input__", arity: parameters.count, module: inputModule, isAnonymous: false)
        inputModule.functions.append(code)
        let context = ModuleContext(module: inputModule, aliases: [:], attributes: [:])
        if importsHelpers { context.imports.append(Atom("Elixir.IEx.Helpers")) }
        let builder = FunctionBuilder(code: code, enclosing: nil, warnings: warningLog)
        for (index, name) in parameters.enumerated() { builder.bind(name, to: Int32(index)) }
        let expressions = ExpressionCompiler(compiler: self, context: context, builder: builder)
        let body = top.map { $0.callName == "defmodule" ? definition(of: $0) : $0 }
        expressions.compile(SyntaxNode.blockOf(body, at: tree.position), tail: false)
        let bindings = builder.scope.ownBindings.sorted { $0.key < $1.key }
        for (_, slot) in bindings { builder.emit(.pushLocal(slot)) }
        builder.emit(.makeList(Int32(bindings.count)))
        builder.emit(.makeTuple(2))
        builder.emit(.returnValue)
        guard errors.isEmpty else { throw CompileErrors(errors: errors.sorted { $0.line < $1.line }) }
        try freeze(modules + [inputModule])
        var compiled = CompiledFile(modules: modules, scriptModule: inputModule, script: code)
        compiled.warnings = takeWarnings()
        compiled.remoteCalls = remoteCalls
        return (CompiledInput(file: compiled, parameters: parameters), bindings.map(\.key))
    }
}
