import Terms

/// Module-level `if`/`unless` whose condition is known when the module is compiled (`if true do
/// test ... end`): the forms of the branch taken become the module's own; a `for` over a literal
/// list or range gives its forms once per element (`ModuleComprehension`). A module-level `if`,
/// `unless` or `for` that proctor cannot decide and that defines functions or tests is a compile
/// error, so nothing the learner wrote is dropped without a word.
struct ModuleConditionals {
    let compiler: Compiler

    /// The module body's forms with decidable conditionals replaced by the forms of their branch.
    func expand(_ items: [SyntaxNode]) -> [SyntaxNode] {
        items.flatMap { item -> [SyntaxNode] in
            guard let name = item.callName, ["if", "unless", "for"].contains(name), let args = item.arguments else { return [item] }
            if name != "for", args.count == 2, let condition = ConstantFolder.value(of: args[0]) {
                let taken = condition.isFalsy == (name == "if") ? args[1].keywordValue("else") : args[1].doBlock
                return expand(taken?.blockItems ?? [])
            }
            if let unrolled = ModuleComprehension.unroll(item) { return expand(unrolled) }
            if Self.definesSomething(item) {
                compiler.report(
                    "proctor cannot define functions or tests inside a module-level \(name) it cannot decide when compiling; write each definition out",
                    at: item)
            }
            return [item]
        }
    }

    /// Whether `node` contains a `def`, `defp` or an ExUnit `test` anywhere inside.
    private static func definesSomething(_ node: SyntaxNode) -> Bool {
        if let name = node.callName, ["def", "defp", "test", "describe"].contains(name) { return true }
        switch node.kind {
        case .call(_, let args): return args.contains(where: definesSomething)
        case .list(let elements): return elements.contains(where: definesSomething)
        case .pair(let first, let second): return definesSomething(first) || definesSomething(second)
        default: return false
        }
    }
}
