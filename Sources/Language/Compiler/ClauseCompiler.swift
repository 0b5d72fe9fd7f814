import Terms

/// The parts of one `->` clause: its patterns, optional guard and body.
struct ArrowClause {
    let patterns: [SyntaxNode]
    let guardExpression: SyntaxNode?
    let body: SyntaxNode
    let node: SyntaxNode

    /// Reads `patterns -> body` (a `when` guard, if any, wraps the patterns).
    init?(_ node: SyntaxNode) {
        guard node.callName == "->", let parts = node.arguments, parts.count == 2,
            case .list(var patterns) = parts[0].kind
        else { return nil }
        var guardExpression: SyntaxNode?
        if patterns.count == 1, patterns[0].callName == "when", let whenParts = patterns[0].arguments, whenParts.count >= 2 {
            patterns = Array(whenParts.dropLast())
            guardExpression = whenParts.last
        }
        self.patterns = patterns
        self.guardExpression = guardExpression
        self.body = parts[1]
        self.node = node
    }

    init(patterns: [SyntaxNode], guardExpression: SyntaxNode?, body: SyntaxNode, node: SyntaxNode) {
        self.patterns = patterns
        self.guardExpression = guardExpression
        self.body = body
        self.node = node
    }
}

/// Clause lists: each clause matches its patterns against subject slots, checks
/// its guard and runs its body; a clause that does not match falls to the next.
extension ExpressionCompiler {
    /// Compiles `clauses` against `subjects`. Returns the jumps of the last clause's failure
    /// (to patch to what happens when nothing matched), the jumps to the end and where each clause starts.
    /// A clause's failure continues in the next clause past the tests it had already passed (`ClauseFacts`).
    func compileClauses(
        _ clauses: [ArrowClause], subjects: [Int32], tail: Bool, onMatch: () -> Void = {}
    ) -> (noMatch: [Int32], end: [Int32], starts: [Int32]) {
        let facts = ClauseFacts()
        var endJumps: [Int32] = []
        var pending: [ClauseFacts.PendingFailure] = []
        var starts: [Int32] = []
        for clause in clauses {
            let start = builder.nextIndex
            starts.append(start)
            builder.currentLine = Int32(clause.node.position.line)
            builder.pushScope()
            let patterns = PatternCompiler(self, facts: facts)
            for (pattern, subject) in zip(clause.patterns, subjects) {
                patterns.match(pattern, slot: subject)
            }
            patterns.commit()
            let pattern = start..<builder.instructionCount
            for failure in pending {
                let target = ClauseFacts.target(of: failure, pattern: pattern, in: builder.code)
                builder.markLabel(at: target)
                patchJump(failure.jump, to: target)
            }
            let guardJumps = clause.guardExpression.map(compileGuard) ?? []
            pending = ClauseFacts.failures(patternJumps: patterns.failJumps, guardJumps: guardJumps, pattern: pattern, in: builder.code)
            onMatch()
            compile(clause.body, tail: tail)
            if !tail { endJumps.append(emitPlaceholderJump()) }
            builder.popScope()
        }
        return (pending.map(\.jump), endJumps, starts)
    }

    /// Compiles a guard; returns the jumps taken when it is not exactly `true` or raises.
    func compileGuard(_ guardExpression: SyntaxNode) -> [Int32] {
        if let regexMatch = GuardRegexCheck.regexMatch(in: guardExpression) {
            compiler.report("cannot invoke remote function Kernel.=~/2 inside guards", at: regexMatch)
        }
        if let comparisons = GuardComparisons(guardExpression) {
            return comparisons.conjuncts.map { conjunct in
                compile(conjunct.left, tail: false)
                compile(conjunct.right, tail: false)
                builder.emit(.compare(conjunct.comparison))
                return builder.emitConditionalJump(.jumpUnlessTrue(-1))
            }
        }
        let handler = builder.emit(.pushGuardHandler(-1))
        compile(guardExpression, tail: false)
        builder.emit(.popHandler)
        let check = builder.emit(.jumpUnlessTrue(-1))
        return [handler, check]
    }

    func patchAll(_ jumps: [Int32], to target: Int32) {
        for jump in jumps { patchJump(jump, to: target) }
    }

    /// The `->` clauses in a do/else/after block.
    func arrowClauses(_ block: SyntaxNode?) -> [ArrowClause] {
        guard let block else { return [] }
        if case .list(let items) = block.kind { return items.compactMap(ArrowClause.init) }
        return block.blockItems.compactMap(ArrowClause.init)
    }

    /// The clauses of a named function (all arities equal), then FunctionClauseError.
    func compileNamedClauses(_ clauses: [FunctionClause], name: String) {
        let arity = clauses.first?.parameters.count ?? 0
        builder.code.definitionLine = clauses.first?.node.position.line ?? 0
        let subjects = (0..<arity).map(Int32.init)
        let arrows = clauses.map {
            ArrowClause(patterns: $0.parameters, guardExpression: $0.guardExpression, body: $0.body, node: $0.node)
        }
        if builder.code.definitionLine > 0 { builder.currentLine = Int32(builder.code.definitionLine) }
        let selection = IntegerClauseSwitch(arrows)
        let table = selection.map(emitSwitch)
        let result = compileClauses(arrows, subjects: subjects, tail: true)
        patchAll(result.noMatch, to: builder.nextIndex)
        if let selection, let table { patchSwitch(selection, table: table, starts: result.starts, noMatch: builder.nextIndex) }
        if builder.code.definitionLine > 0 { builder.currentLine = Int32(builder.code.definitionLine) }
        builder.emit(.raiseNoMatch(slot: -1, index: builder.constant(.atom("function_clause"))))
    }
}
