import Foundation
import Terms

/// `=`, `case`, `cond`, `if`/`unless`, `receive`, `with` and the logical operators.
extension ExpressionCompiler {
    /// A form called with the wrong number of arguments (`case x` with no do block) is Elixir's
    /// "undefined function case/1"; a nil stands in for it so the code around still compiles.
    func reportUndefinedForm(_ name: String, _ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        compiler.report("undefined function \(name)/\(args.count) (there is no such import)", at: node)
        pushConstant(.nil, tail: tail)
    }

    func compileMatch(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        guard args.count == 2 else { return reportUndefinedForm("=", args, node: node, tail: tail) }
        compile(args[1], tail: false)
        let subject = builder.newLocal()
        builder.emit(.storeLocal(subject))
        let patterns = PatternCompiler(self)
        patterns.match(args[0], slot: subject)
        patterns.commit()
        let skip = emitPlaceholderJump()
        patchAll(patterns.failJumps, to: builder.nextIndex)
        builder.emit(.raiseNoMatch(slot: subject, index: builder.constant(.atom("badmatch"))))
        patchJump(skip, to: builder.nextIndex)
        builder.emit(.pushLocal(subject))
        finish(tail)
    }

    func compileCase(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        guard args.count == 2 else { return reportUndefinedForm("case", args, node: node, tail: tail) }
        guard !arrowClauses(args[1].doBlock).isEmpty else {
            compiler.report("expected -> clauses for :do in \"case\"", at: node, hint: "write at least one clause: `pattern -> result`")
            pushConstant(.nil, tail: tail)
            return
        }
        compile(args[0], tail: false)
        let subject = builder.newLocal()
        builder.emit(.storeLocal(subject))
        let clauses = arrowClauses(args[1].doBlock)
        compiler.addClauseWarnings(ModuleWarnings.shadowedClauses(clauses.filter { $0.node.position != node.position }))
        let result = compileClauses(clauses, subjects: [subject], tail: tail)
        patchAll(result.noMatch, to: builder.nextIndex)
        builder.currentLine = Int32(node.position.line)
        builder.emit(.raiseNoMatch(slot: subject, index: builder.constant(.atom("case_clause"))))
        patchAll(result.end, to: builder.nextIndex)
    }

    func compileCond(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        var endJumps: [Int32] = []
        for clause in arrowClauses(args.first?.doBlock) {
            guard let condition = clause.patterns.first else { continue }
            compile(condition, tail: false)
            let next = builder.emitConditionalJump(.jumpIfFalsy(-1))
            compile(clause.body, tail: tail)
            if !tail { endJumps.append(emitPlaceholderJump()) }
            patchJump(next, to: builder.nextIndex)
        }
        builder.emit(.raiseNoMatch(slot: -1, index: builder.constant(.atom("cond_clause"))))
        patchAll(endJumps, to: builder.nextIndex)
    }

    func compileIf(_ args: [SyntaxNode], negated: Bool, node: SyntaxNode, tail: Bool) {
        guard args.count == 2 else {
            compiler.report(
                "undefined function \(negated ? "unless" : "if")/\(args.count) (there is no such import)", at: node,
                hint: "`if` takes a condition and then either `do:` (with `else:`) or a `do ... end` block, not both")
            pushConstant(.nil, tail: tail)
            return
        }
        let thenBranch = args[1].keywordValue("do")
        let elseBranch = args[1].keywordValue("else")
        compile(args[0], tail: false)
        let otherwise = builder.emitConditionalJump(.jumpIfFalsy(-1))
        compileOptional(negated ? elseBranch : thenBranch, tail: tail)
        let end = tail ? nil : emitPlaceholderJump()
        patchJump(otherwise, to: builder.nextIndex)
        compileOptional(negated ? thenBranch : elseBranch, tail: tail)
        if let end { patchJump(end, to: builder.nextIndex) }
    }

    private func compileOptional(_ node: SyntaxNode?, tail: Bool) {
        builder.pushScope()
        if let node { compile(node, tail: tail) } else { pushConstant(.nil, tail: tail) }
        builder.popScope()
    }

    func compileReceive(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        let block = args.first
        let clauses = arrowClauses(block?.doBlock)
        compiler.addClauseWarnings(ModuleWarnings.shadowedClauses(clauses))
        let afterClause = arrowClauses(block?.keywordValue("after")).first
        let message = builder.newLocal()
        let begin = builder.emit(.receiveBegin)
        let next = builder.emit(.receiveNext(slot: message, wait: -1))
        let result = compileClauses(clauses, subjects: [message], tail: tail) {
            builder.emit(.receiveAccept)
        }
        patchAll(result.noMatch, to: builder.nextIndex)
        builder.emit(.receiveSkip(next: next))
        patchJump(next, to: builder.nextIndex)
        var timeoutSlot: Int32 = -1
        if let afterClause, let timeout = afterClause.patterns.first {
            compile(timeout, tail: false)
            timeoutSlot = builder.newLocal()
            builder.emit(.storeLocal(timeoutSlot))
        }
        let wait = builder.emit(.receiveWait(slot: timeoutSlot, begin: begin, after: Instruction.placeholder))
        builder.code.receiveSites[Int(wait)] = ReceiveSite(
            line: node.position.line, clauses: clauses.map { (clauseText($0), MessagePattern($0.patterns.first ?? $0.node)) })
        if let afterClause {
            builder.patch(wait, .receiveWait(slot: timeoutSlot, begin: begin, after: builder.nextIndex))
            builder.pushScope()
            compile(afterClause.body, tail: tail)
            builder.popScope()
        }
        patchAll(result.end, to: builder.nextIndex)
    }

    /// A clause's pattern as written (`{:reply, value} when value > 0`), for explaining a stuck receive.
    private func clauseText(_ clause: ArrowClause) -> String {
        let text = compiler.sourceText(from: clause.patterns.first ?? clause.node)
        guard let arrow = text.range(of: " ->") else { return text }
        return String(text[..<arrow.lowerBound])
    }

    func compileWith(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        guard let options = args.last, let body = options.doBlock else {
            compiler.report("with needs a do block", at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        builder.pushScope()
        var failures: [(jumps: [Int32], slot: Int32)] = []
        for clause in args.dropLast() {
            if clause.callName == "<-", let parts = clause.arguments, parts.count == 2 {
                failures.append(compileWithStep(parts[0], parts[1]))
            } else {
                compile(clause, tail: false)
                builder.emit(.pop)
            }
        }
        compile(body, tail: false)
        builder.popScope()
        let end = emitPlaceholderJump()
        let unmatched = builder.newLocal()
        var toElse: [Int32] = []
        for failure in failures {
            patchAll(failure.jumps, to: builder.nextIndex)
            builder.emit(.pushLocal(failure.slot))
            toElse.append(emitPlaceholderJump())
        }
        patchAll(toElse, to: builder.nextIndex)
        builder.emit(.storeLocal(unmatched))
        let elseClauses = arrowClauses(options.keywordValue("else"))
        if elseClauses.isEmpty {
            builder.emit(.pushLocal(unmatched))
            patchJump(end, to: builder.nextIndex)
            finish(tail)
            return
        }
        let result = compileClauses(elseClauses, subjects: [unmatched], tail: false)
        patchAll(result.noMatch, to: builder.nextIndex)
        builder.currentLine = Int32(node.position.line)
        builder.emit(.raiseNoMatch(slot: unmatched, index: builder.constant(.atom("with_clause"))))
        patchAll(result.end + [end], to: builder.nextIndex)
        finish(tail)
    }

    private func compileWithStep(_ pattern: SyntaxNode, _ expression: SyntaxNode) -> (jumps: [Int32], slot: Int32) {
        compile(expression, tail: false)
        let slot = builder.newLocal()
        builder.emit(.storeLocal(slot))
        return (matchGuarded(pattern, slot: slot), slot)
    }

    /// Matches the value in `slot` against `pattern`, which may carry a guard (`p when g`), binding
    /// its variables; the jumps taken when the pattern or the guard rejects the value.
    func matchGuarded(_ pattern: SyntaxNode, slot: Int32) -> [Int32] {
        var target = pattern
        var guardExpression: SyntaxNode?
        if pattern.callName == "when", let parts = pattern.arguments, parts.count == 2 {
            target = parts[0]
            guardExpression = parts[1]
        }
        let patterns = PatternCompiler(self)
        patterns.match(target, slot: slot)
        patterns.commit()
        var jumps = patterns.failJumps
        if let guardExpression { jumps += compileGuard(guardExpression) }
        return jumps
    }

    func compileLogical(_ form: SpecialForm, _ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        switch form {
        case .strictNot, .bang:
            compileArguments(args)
            let name = form == .bang ? "!" : "not"
            emitRemoteCall(RemoteName(module: Atom("Elixir.Kernel"), function: Atom(name), arity: 1), tail: tail)
        case .and, .or:
            guard args.count == 2 else { return reportUndefinedForm(form.rawValue, args, node: node, tail: tail) }
            compile(args[0], tail: false)
            if form == .or { emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("or_left"), arity: 1), tail: false) }
            let onFalse = builder.emitConditionalJump(.jumpIfFalseStrict(-1))
            if form == .and { compile(args[1], tail: false) } else { builder.emit(.pushConstant(builder.constant(.true))) }
            let end = emitPlaceholderJump()
            patchJump(onFalse, to: builder.nextIndex)
            if form == .and { builder.emit(.pushConstant(builder.constant(.false))) } else { compile(args[1], tail: false) }
            patchJump(end, to: builder.nextIndex)
            finish(tail)
        default:
            guard args.count == 2 else { return reportUndefinedForm(form.rawValue, args, node: node, tail: tail) }
            compileShortCircuit(isAnd: form == .ampersandAnd, args)
            finish(tail)
        }
    }

    private func compileShortCircuit(isAnd: Bool, _ args: [SyntaxNode]) {
        compile(args[0], tail: false)
        let left = builder.newLocal()
        builder.emit(.storeLocal(left))
        builder.emit(.pushLocal(left))
        let falsy = builder.emit(.jumpIfFalsy(-1))
        if isAnd { compile(args[1], tail: false) } else { builder.emit(.pushLocal(left)) }
        let end = emitPlaceholderJump()
        patchJump(falsy, to: builder.nextIndex)
        if isAnd { builder.emit(.pushLocal(left)) } else { compile(args[1], tail: false) }
        patchJump(end, to: builder.nextIndex)
    }
}
