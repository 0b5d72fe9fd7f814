import Terms

/// Calls: special forms, operators, local, imported, Kernel and remote functions.
extension ExpressionCompiler {
    func compileNamedCall(_ name: String, _ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        if context.module.isTestCase, let assertion = Assertion(rawValue: name) {
            compileAssertion(assertion, args, node: node, tail: tail)
            return
        }
        if let special = SpecialForm(rawValue: name) {
            compileSpecialForm(special, args, node: node, tail: tail)
            return
        }
        if args.count == 2, let operation = ArithmeticOperation(rawValue: name), operation.isOperator {
            compileArguments(args)
            builder.emitArithmetic(operation)
            finish(tail)
            return
        }
        if args.count == 2, let comparison = Comparison(rawValue: name) {
            compileArguments(args)
            builder.emit(.compare(comparison))
            finish(tail)
            return
        }
        if context.localFunction(name, arity: args.count) == nil, let expanded = expandMacro(name, args, node: node) {
            compile(expanded, tail: tail)
            return
        }
        if context.localFunction(name, arity: args.count) == nil, compileImportedMacro(name, args, node: node, tail: tail) { return }
        if let index = context.localFunction(name, arity: args.count) {
            compileArguments(args)
            builder.emit(tail ? .tailCallLocal(index, Int32(args.count)) : .callLocal(index, Int32(args.count)))
            return
        }
        for module in context.imports where context.imports(module, name, arity: args.count) {
            let imported = RemoteName(module: module, function: Atom(name), arity: args.count)
            guard compiler.exports(module, name, arity: args.count) || compiler.environment.builtinIndex(imported) != nil else { continue }
            context.usedImports.insert(module)
            compileRemote(imported, args, tail: tail)
            return
        }
        if CalendarSigil.handles(name) {
            compileCalendarSigil(node, tail: tail)
            return
        }
        checkRegexSigil(name, args, node: node)
        let kernel = RemoteName(module: Atom("Elixir.Kernel"), function: Atom(name), arity: args.count)
        if compiler.environment.builtinIndex(kernel) != nil || compiler.environment.exports(kernel.module, name, arity: args.count) {
            compileRemote(kernel, args, tail: tail)
            return
        }
        let message = name == "unquote_splicing" ? "unquote_splicing called outside quote" : undefinedFunctionMessage(name, arity: args.count)
        compiler.report(message, at: node)
        pushConstant(.nil, tail: tail)
    }

    /// Elixir's words for a call to nothing: inside a module it names the module, in a script it
    /// says there is no such import.
    private func undefinedFunctionMessage(_ name: String, arity: Int) -> String {
        guard !context.module.name.name.hasPrefix(Compiler.scriptModulePrefix) else { return "undefined function \(name)/\(arity) (there is no such import)" }
        let module = Term.atom(context.module.name).inspect()
        return "undefined function \(name)/\(arity) (expected \(module) to define such a function or for it to be imported, but none are available)"
    }

    func compileArguments(_ args: [SyntaxNode]) {
        for arg in args { compile(arg, tail: false) }
    }

    /// Calls `name` with `args`: a builtin when one exists, else a guest function found at run time.
    func compileRemote(_ name: RemoteName, _ args: [SyntaxNode], tail: Bool) {
        compileArguments(args)
        emitRemoteCall(name, tail: tail)
    }

    /// Calls `name` with its arguments already on the stack.
    func emitRemoteCall(_ name: RemoteName, tail: Bool) {
        let argc = Int32(name.arity)
        if let operation = ArithmeticOperation.kernelFunction(name) {
            builder.emitArithmetic(operation)
            finish(tail)
            return
        }
        if let index = compiler.environment.builtinIndex(name) {
            builder.emit(name == RemoteName.kernelSend ? .send(index, argc) : .callBuiltin(index, argc))
            finish(tail)
            return
        }
        let constant = builder.remote(name)
        builder.emit(tail ? .tailCallRemote(constant, argc) : .callRemote(constant, argc))
    }

    func compileExpressionCall(_ callee: SyntaxNode, _ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        guard callee.callName == ".", let parts = callee.arguments else {
            compiler.report("unsupported call", at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        if parts.count == 1 {
            compile(parts[0], tail: false)
            compileArguments(args)
            builder.emit(tail ? .tailCallValue(Int32(args.count)) : .callValue(Int32(args.count)))
            return
        }
        guard parts.count == 2, let function = parts[1].atomName else {
            compiler.report("unsupported call", at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        if let module = moduleAtom(parts[0]), module.name == "Elixir.Kernel", function == "in", args.count == 2 {
            compileSpecialForm(.membership, args, node: node, tail: tail)
        } else if let module = moduleAtom(parts[0]), module.name == "Elixir.Kernel", function == "to_string", args.count == 1 {
            compile(ToStringDesugaring(node: node, argument: args[0]).expand(), tail: tail)
        } else if let module = moduleAtom(parts[0]), compileRemoteMacro(module, function, args, node: node, tail: tail) {
            return
        } else if let module = moduleAtom(parts[0]), let refusal = CodeEvaluation.refusal(module: module.name, function: function, arity: args.count) {
            compiler.report(refusal, at: node)
            pushConstant(.nil, tail: tail)
        } else if let module = moduleAtom(parts[0]) {
            let name = RemoteName(module: module, function: Atom(function), arity: args.count)
            compiler.recordRemoteCall(name, line: node.position.line, caller: builder.namedFunction)
            compileRemote(name, args, tail: tail)
        } else if node.noParentheses && args.isEmpty {
            compile(parts[0], tail: false)
            pushConstant(.atom(function), tail: false)
            emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("dot"), arity: 2), tail: tail)
        } else {
            compile(parts[0], tail: false)
            pushConstant(.atom(function), tail: false)
            compileList(args)
            builder.emit(.applyRemote)
            finish(tail)
        }
    }

    /// The module a call's receiver names at compile time (`Foo.Bar` with aliases applied, `:lists`).
    func moduleAtom(_ receiver: SyntaxNode) -> Atom? {
        if let segments = receiver.aliasSegments, let first = segments.first {
            if let expanded = context.aliases[first] {
                context.usedAliases.insert(first)
                return Atom(([expanded] + segments.dropFirst()).joined(separator: "."))
            }
            return Atom("Elixir." + segments.joined(separator: "."))
        }
        if receiver.callName == "__MODULE__" { return context.module.name }
        if case .variable("__MODULE__") = receiver.kind { return context.module.name }
        if let name = receiver.atomName { return Atom(name) }
        return nil
    }

    private func compileList(_ args: [SyntaxNode]) {
        compileArguments(args)
        builder.emit(.makeList(Int32(args.count)))
    }
}

/// The names the compiler treats specially rather than as function calls.
enum SpecialForm: String {
    case block = "__block__", match = "=", tuple = "{}", map = "%{}", structure = "%", binary = "<<>>"
    case caseForm = "case", cond, ifForm = "if", unless, receive, tryForm = "try", fn, forForm = "for", with
    case and, or, strictNot = "not", ampersandAnd = "&&", pipeOr = "||", bang = "!"
    case pipe = "|>", capture = "&", pin = "^", attribute = "@", aliases = "__aliases__"
    case range = "..", steppedRange = "..//", membership = "in", matchQuery = "match?"
    case putIn = "put_in", updateIn = "update_in"
    case raise, reraise, apply, alias, importForm = "import", require
    case defmodule, def, defp, quote, unquote, superForm = "super", receiveAfter = "after"
}
