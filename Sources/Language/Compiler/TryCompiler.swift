import Terms

/// `try` with `rescue`, `catch`, `else` and `after`.
///
/// A handler catches `{kind, value, stacktrace}`; rescue clauses match kind `:error`
/// and the exception's module, catch clauses match `kind, value` (or a thrown value); an error
/// the runtime raised reaches `catch :error, value` as its Erlang term.
extension ExpressionCompiler {
    func compileTry(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        guard let options = args.first, let body = options.doBlock else {
            compiler.report("try needs a do block", at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        let afterBlock = options.keywordValue("after")
        let afterHandler = afterBlock.map { _ in builder.emit(.pushHandler(-1)) }
        compileProtected(body, options: options)
        if let afterBlock, let afterHandler {
            builder.emit(.popHandler)
            let result = builder.newLocal()
            builder.emit(.storeLocal(result))
            compile(afterBlock, tail: false)
            builder.emit(.pop)
            builder.emit(.pushLocal(result))
            let end = emitPlaceholderJump()
            patchJump(afterHandler, to: builder.nextIndex)
            let error = builder.newLocal()
            builder.emit(.storeLocal(error))
            compile(afterBlock, tail: false)
            builder.emit(.pop)
            builder.emit(.pushLocal(error))
            builder.emit(.reraise)
            patchJump(end, to: builder.nextIndex)
        }
        finish(tail)
    }

    /// The body with its rescue/catch handler and else clauses; pushes the try's value.
    private func compileProtected(_ body: SyntaxNode, options: SyntaxNode) {
        let rescues = arrowClauses(options.keywordValue("rescue"))
        let catches = arrowClauses(options.keywordValue("catch"))
        let elses = arrowClauses(options.keywordValue("else"))
        let handles = !rescues.isEmpty || !catches.isEmpty
        let handler = handles ? builder.emit(.pushHandler(-1)) : nil
        builder.pushScope()
        compile(body, tail: false)
        builder.popScope()
        if handles { builder.emit(.popHandler) }
        if !elses.isEmpty { compileTryElse(elses) }
        guard let handler else { return }
        let end = emitPlaceholderJump()
        patchJump(handler, to: builder.nextIndex)
        let error = builder.newLocal()
        builder.emit(.storeLocal(error))
        var endJumps = [end]
        var pendingFails: [Int32] = []
        for clause in rescues {
            patchAll(pendingFails, to: builder.nextIndex)
            pendingFails = compileRescueClause(clause, error: error, endJumps: &endJumps)
        }
        for clause in catches {
            patchAll(pendingFails, to: builder.nextIndex)
            pendingFails = compileCatchClause(clause, error: error, endJumps: &endJumps)
        }
        patchAll(pendingFails, to: builder.nextIndex)
        builder.emit(.pushLocal(error))
        builder.emit(.reraise)
        patchAll(endJumps, to: builder.nextIndex)
    }

    private func compileTryElse(_ clauses: [ArrowClause]) {
        let value = builder.newLocal()
        builder.emit(.storeLocal(value))
        let result = compileClauses(clauses, subjects: [value], tail: false)
        patchAll(result.noMatch, to: builder.nextIndex)
        builder.emit(.raiseNoMatch(slot: value, index: builder.constant(.atom("try_clause"))))
        patchAll(result.end, to: builder.nextIndex)
    }

    /// `e in [A, B] ->`, `A ->`, `e ->`: kind must be `:error` and the module one of those named.
    private func compileRescueClause(_ clause: ArrowClause, error: Int32, endJumps: inout [Int32]) -> [Int32] {
        builder.pushScope()
        defer { builder.popScope() }
        let kind = builder.newLocal()
        builder.emit(.getElement(slot: error, index: 0, into: kind))
        var fails = [builder.emit(.testConstant(slot: kind, index: builder.constant(.atom("error")), fail: -1))]
        let exception = builder.newLocal()
        builder.emit(.getElement(slot: error, index: 1, into: exception))
        builder.emit(.pushLocal(exception))
        emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("normalize"), arity: 1), tail: false)
        builder.emit(.storeLocal(exception))
        var variable: String?
        var variablePosition = clause.node.position
        var modules: [SyntaxNode] = []
        if let pattern = clause.patterns.first {
            variablePosition = pattern.position
            if pattern.callName == "in", let parts = pattern.arguments, parts.count == 2 {
                if case .variable(let name) = parts[0].kind { (variable, variablePosition) = (name, parts[0].position) }
                if case .list(let items) = parts[1].kind { modules = items } else { modules = [parts[1]] }
            } else if case .variable(let name) = pattern.kind {
                variable = name
            } else {
                modules = [pattern]
            }
        }
        if !modules.isEmpty {
            let names = modules.compactMap { moduleAtom($0).map(Term.atom) }
            builder.emit(.pushLocal(exception))
            builder.emit(.pushConstant(builder.constant(.list(names))))
            emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("exception_in?"), arity: 2), tail: false)
            fails.append(builder.emit(.jumpUnlessTrue(-1)))
        }
        if let variable, !variable.hasPrefix("_") { builder.bindWritten(variable, to: exception, at: variablePosition) }
        bindStacktrace(error)
        compile(clause.body, tail: false)
        endJumps.append(emitPlaceholderJump())
        return fails
    }

    /// `kind, value ->` or `value ->` (a throw).
    private func compileCatchClause(_ clause: ArrowClause, error: Int32, endJumps: inout [Int32]) -> [Int32] {
        builder.pushScope()
        defer { builder.popScope() }
        let kind = builder.newLocal()
        let value = builder.newLocal()
        builder.emit(.getElement(slot: error, index: 0, into: kind))
        builder.emit(.getElement(slot: error, index: 1, into: value))
        let patterns = PatternCompiler(self)
        if clause.patterns.count == 2 {
            emitCaughtValue(kind: kind, value: value)
            patterns.match(clause.patterns[0], slot: kind)
            patterns.match(clause.patterns[1], slot: value)
        } else if let only = clause.patterns.first {
            let throwKind = SyntaxNode(.atom("throw"), at: only.position)
            patterns.match(throwKind, slot: kind)
            patterns.match(only, slot: value)
        }
        patterns.commit()
        var fails = patterns.failJumps
        if let guardExpression = clause.guardExpression { fails += compileGuard(guardExpression) }
        bindStacktrace(error)
        compile(clause.body, tail: false)
        endJumps.append(emitPlaceholderJump())
        return fails
    }

    /// Replaces `value` with what `catch kind, value` sees on the BEAM: an error the runtime
    /// raised is caught as its Erlang term (`:badarith`), not as the exception `rescue` gives.
    private func emitCaughtValue(kind: Int32, value: Int32) {
        builder.emit(.pushLocal(kind))
        builder.emit(.pushLocal(value))
        emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("caught_value"), arity: 2), tail: false)
        builder.emit(.storeLocal(value))
    }

    /// Makes `__STACKTRACE__` in a rescue or catch clause the caught error's stack trace.
    private func bindStacktrace(_ error: Int32) {
        let trace = builder.newLocal()
        builder.emit(.getElement(slot: error, index: 2, into: trace))
        builder.bind("__STACKTRACE__", to: trace)
    }
}
