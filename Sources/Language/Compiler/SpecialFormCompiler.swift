import Terms

/// Dispatches the special forms to their compilers.
extension ExpressionCompiler {
    func compileSpecialForm(_ form: SpecialForm, _ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        switch form {
        case .block: compileBlock(args, tail: tail)
        case .match: compileMatch(args, node: node, tail: tail)
        case .tuple:
            compileArguments(args)
            builder.emit(.makeTuple(Int32(args.count)))
            finish(tail)
        case .map: compileMapLiteral(args, node: node, tail: tail)
        case .structure: compileStructLiteral(args, node: node, tail: tail)
        case .binary: compileBinary(args, node: node, tail: tail)
        case .caseForm: compileCase(args, node: node, tail: tail)
        case .cond: compileCond(args, node: node, tail: tail)
        case .ifForm, .unless: compileIf(args, negated: form == .unless, node: node, tail: tail)
        case .receive: compileReceive(args, node: node, tail: tail)
        case .tryForm: compileTry(args, node: node, tail: tail)
        case .fn: compileFn(args, node: node, tail: tail)
        case .forForm: compileFor(args, node: node, tail: tail)
        case .with: compileWith(args, node: node, tail: tail)
        case .and, .or, .strictNot, .ampersandAnd, .pipeOr, .bang: compileLogical(form, args, node: node, tail: tail)
        case .pipe: compile(PipeDesugaring.expand(node, report: { compiler.report($0, at: $1, exception: "ArgumentError") }), tail: tail)
        case .capture: compile(CaptureDesugaring(node: node).expand(report: { compiler.report($0, at: $1) }), tail: tail)
        case .pin:
            compiler.report("cannot use ^\(args.first.map(\.shortDescription) ?? "") outside of match clauses", at: node)
            pushConstant(.nil, tail: tail)
        case .attribute: compileAttributeRead(args, node: node, tail: tail)
        case .aliases: pushConstant(moduleAtom(node).map(Term.atom) ?? .nil, tail: tail)
        case .range, .steppedRange: compileRange(args, node: node, tail: tail)
        case .membership: compileMembership(args, node: node, tail: tail)
        case .matchQuery where args.count == 2: compile(MatchQueryDesugaring(node: node, args: args).expand(), tail: tail)
        case .putIn where args.count == 2, .updateIn where args.count == 2:
            compile(NestedAccessDesugaring(node: node, function: form.rawValue, args: args).expand(report: { compiler.report($0, at: $1) }), tail: tail)
        case .putIn, .updateIn:
            compileRemote(RemoteName(module: Atom("Elixir.Kernel"), function: Atom(form.rawValue), arity: args.count), args, tail: tail)
        case .raise, .reraise: compileRaise(args, node: node, reraise: form == .reraise, tail: tail)
        case .apply where args.count == 3:
            compileArguments(args)
            builder.emit(.applyRemote)
            finish(tail)
        case .apply where args.count == 2:
            compileArguments(args)
            builder.emit(.applyValue)
            finish(tail)
        case .importForm:
            if let target = args.first, let module = compiler.moduleName(target) {
                context.addImport(Atom(module), options: args.dropFirst().first, line: node.position.line)
            }
            pushConstant(.nil, tail: tail)
        case .alias:
            context.addAlias(node)
            pushConstant(.nil, tail: tail)
        case .require:
            if let target = args.first, let module = moduleAtom(target) {
                if context.isTopLevel, compiler.fileModules.contains(module) {
                    compiler.report(Self.notLoadedMessage(module), at: node)
                } else {
                    context.requires.insert(module)
                }
            }
            pushConstant(.nil, tail: tail)
        case .quote: compileQuote(args, node: node, tail: tail)
        case .superForm: compileSuper(args, node: node, tail: tail)
        case .unquote:
            compiler.report("unquote called outside quote", at: node)
            pushConstant(.nil, tail: tail)
        case .defmodule where !context.isTopLevel && args.count == 2:
            let prefix = context.module.name.name.split(separator: ".").dropFirst().map(String.init)
            compile(compiler.definition(of: FunctionBodyModules.renamed(node, prefix: prefix)), tail: tail)
        case .def, .defp:
            compiler.report(
                "cannot invoke \(form.rawValue)/\(args.count) outside module", at: node, exception: "ArgumentError",
                hint: "functions live in modules: put it inside `defmodule Name do ... end`")
            pushConstant(.nil, tail: tail)
        default:
            compiler.report("\(form.rawValue) is not supported by proctor here", at: node)
            pushConstant(.nil, tail: tail)
        }
    }

    private func compileAttributeRead(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        guard let inner = args.first, case .variable(let name) = inner.kind else {
            compiler.report("module attributes can only be set at the top of a module body", at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        context.readAttributes.insert(name)
        if context.attributes[name] == nil, let expression = context.attributeExpressions[name] {
            compile(expression, tail: tail)
            return
        }
        guard let value = context.attributes[name] else {
            compiler.report("undefined module attribute @\(name)", at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        pushConstant(value, tail: tail)
    }

    private func compileRange(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        compileArguments(args)
        emitRemoteCall(RemoteName(module: Atom("Elixir.Range"), function: Atom("new"), arity: args.count), tail: tail)
    }

    private func compileMembership(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        guard args.count == 2 else { return reportUndefinedForm("in", args, node: node, tail: tail) }
        compile(args[1], tail: false)
        compile(args[0], tail: false)
        emitRemoteCall(RemoteName(module: Atom("Elixir.Enum"), function: Atom("member?"), arity: 2), tail: tail)
    }

    /// `raise x`, `raise Mod, fields` and `reraise e, stacktrace`: the exception is built by
    /// `Exception.__build__/2` (which calls a module's own `exception/1`), then raised.
    private func compileRaise(_ args: [SyntaxNode], node: SyntaxNode, reraise: Bool, tail: Bool) {
        guard let first = args.first else { return reportUndefinedForm(reraise ? "reraise" : "raise", args, node: node, tail: tail) }
        if reraise, args.count == 2 {
            compileReraise(first, stacktrace: args[1], tail: tail)
            return
        }
        compile(first, tail: false)
        if args.count == 2, !reraise {
            compile(args[1], tail: false)
        } else {
            builder.emit(.pushConstant(builder.constant(.emptyList)))
        }
        emitRemoteCall(RemoteName(module: Atom("Elixir.Exception"), function: Atom("__build__"), arity: 2), tail: false)
        emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("raise"), arity: 1), tail: tail)
    }

    /// `reraise exception, stacktrace`: raised with the given stack trace, so a failure still
    /// points where the exception was first raised.
    private func compileReraise(_ exception: SyntaxNode, stacktrace: SyntaxNode, tail: Bool) {
        builder.emit(.pushConstant(builder.constant(.atom("error"))))
        compile(exception, tail: false)
        builder.emit(.pushConstant(builder.constant(.emptyList)))
        emitRemoteCall(RemoteName(module: Atom("Elixir.Exception"), function: Atom("__build__"), arity: 2), tail: false)
        compile(stacktrace, tail: false)
        emitRemoteCall(RemoteName(module: Atom("erlang"), function: Atom("raise"), arity: 3), tail: tail)
    }
}

extension SyntaxNode {
    /// A short rendering for messages (the variable or atom name, else the node kind).
    var shortDescription: String {
        switch kind {
        case .variable(let name): return name
        case .atom(let name): return ":" + name
        case .integer(let value): return String(value)
        case .string(let text): return Term.string(text).inspect()
        default: return callName ?? "expression"
        }
    }
}
