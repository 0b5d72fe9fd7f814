import Terms

/// `fn` literals: each becomes an anonymous function of the module, made into a
/// closure at run time with the variables it uses from its surroundings.
extension ExpressionCompiler {
    func compileFn(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        let clauses = args.compactMap(ArrowClause.init)
        guard let first = clauses.first else {
            compiler.report("invalid fn: expected clauses", at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        let arity = first.patterns.count
        if clauses.contains(where: { $0.patterns.count != arity }) {
            compiler.report("cannot mix clauses with different arities in anonymous functions", at: node)
        }
        let module = context.module
        let code = FunctionCode(
            name: compiler.nextAnonymousName(in: builder.code), arity: arity, module: module, isAnonymous: true)
        let index = Int32(module.functions.count)
        module.functions.append(code)
        let inner = FunctionBuilder(code: code, enclosing: builder)
        let innerCompiler = ExpressionCompiler(compiler: compiler, context: context, builder: inner)
        let result = innerCompiler.compileClauses(clauses, subjects: (0..<arity).map(Int32.init), tail: true)
        innerCompiler.patchAll(result.noMatch, to: inner.nextIndex)
        inner.emit(.raiseNoMatch(slot: -1, index: inner.constant(.atom("function_clause"))))
        if clauses.count == 1 { code.external = ExternalCapture.function(of: code, parameters: first.patterns) }
        for capture in inner.captures { builder.emit(.pushLocal(capture.outerSlot)) }
        builder.emit(.makeClosure(index, Int32(inner.captures.count)))
        finish(tail)
    }
}
