import Terms

/// The warnings Elixir 1.14 gives about a module once its functions are compiled: private
/// functions nothing reaches, clauses an earlier clause always matches first, and module
/// attributes set but never read, in that order.
struct ModuleWarnings {
    let module: ModuleCode
    let context: ModuleContext

    /// Attributes Elixir itself reads (`@doc`, `@enforce_keys`, ...): never "set but never used".
    private static let reservedAttributes: Set<String> = [
        "after_compile", "before_compile", "behaviour", "callback", "compile", "deprecated", "derive", "dialyzer", "doc",
        "enforce_keys", "external_resource", "file", "impl", "macrocallback", "moduledoc", "on_definition", "on_load",
        "optional_callbacks", "opaque", "since", "spec", "type", "typedoc", "typep", "vsn",
    ]

    /// `function helper/1 is unused` for each private function no public one reaches (through
    /// calls and the functions it captures), at its first clause; functions written only to fill
    /// in default arguments are left out.
    func unusedFunctions(definitionLines: [FunctionKey: Int], generated: Set<FunctionKey>) -> [CompileWarning] {
        let reached = reachableFunctions()
        return module.definitions.sorted { $0.value < $1.value }.compactMap { key, index in
            guard module.exports[key] == nil, !generated.contains(key), !reached.contains(index), !context.usedMacros.contains(key) else { return nil }
            let line = definitionLines[key] ?? 0
            if key.name.name.hasPrefix("MACRO-") {
                return CompileWarning(message: "macro \(key.name.name.dropFirst(6))/\(key.arity - 1) is unused", line: line, column: 0, function: nil)
            }
            return CompileWarning(message: "function \(key.name.name)/\(key.arity) is unused", line: line, column: 0, function: nil)
        }
    }

    /// The indices of the functions the public ones and the macros used call or capture, directly or not.
    private func reachableFunctions() -> Set<Int> {
        var reached = Set(module.exports.values).union(context.usedMacros.compactMap { module.definitions[$0] })
        var pending = Array(reached)
        while let index = pending.popLast() {
            for instruction in module.functions[index].instructions {
                guard let target = Self.localTarget(instruction), !reached.contains(target) else { continue }
                reached.insert(target)
                pending.append(target)
            }
        }
        return reached
    }

    private static func localTarget(_ instruction: Instruction) -> Int? {
        switch instruction {
        case .callLocal(let index, _), .tailCallLocal(let index, _), .makeClosure(let index, _): return Int(index)
        default: return nil
        }
    }

    /// `this clause for k/1 cannot match because a previous clause at line 6 always matches`, for
    /// every clause after the first one that matches anything.
    static func shadowedClauses(_ clauses: [FunctionClause], key: FunctionKey) -> [CompileWarning] {
        let arrows = clauses.map { ArrowClause(patterns: $0.parameters, guardExpression: $0.guardExpression, body: $0.body, node: $0.node) }
        return shadowedClauses(arrows, describing: "for \(key.name.name)/\(key.arity) ")
    }

    /// The same for the clauses of a `case` or `receive` (`describing` is then empty).
    static func shadowedClauses(_ clauses: [ArrowClause], describing: String = "") -> [CompileWarning] {
        guard let first = clauses.firstIndex(where: matchesAnything) else { return [] }
        let line = clauses[first].node.position.line
        return clauses.dropFirst(first + 1).map { clause in
            CompileWarning(
                message: "this clause \(describing)cannot match because a previous clause at line \(line) always matches",
                line: clause.node.position.line, column: 0, function: nil)
        }
    }

    /// Whether the clause matches any arguments: no guard, only variables, none of them repeated
    /// (`f(n, n)` matches only equal arguments).
    private static func matchesAnything(_ clause: ArrowClause) -> Bool {
        guard clause.guardExpression == nil, clause.patterns.allSatisfy(isCatchAll) else { return false }
        let names = clause.patterns.flatMap(variableNames).filter { $0 != "_" }
        return Set(names).count == names.count
    }

    private static func variableNames(_ pattern: SyntaxNode) -> [String] {
        if case .variable(let name) = pattern.kind { return [name] }
        return (pattern.arguments ?? []).flatMap(variableNames)
    }

    private static func isCatchAll(_ pattern: SyntaxNode) -> Bool {
        if case .variable = pattern.kind { return true }
        guard pattern.callName == "=", let sides = pattern.arguments else { return false }
        return sides.allSatisfy(isCatchAll)
    }

    /// The attributes `defimpl` sets in an implementation module (`@protocol`, `@for`): Elixir's own.
    private static let implementationAttributes: Set<String> = ["protocol", "for"]

    /// `module attribute @x was set but never used`, at the line that last set it.
    func unusedAttributes() -> [CompileWarning] {
        let isImplementation = context.localFunction("__impl__", arity: 1) != nil
        return context.attributeLines.sorted { $0.value < $1.value }.compactMap { name, line in
            guard !context.readAttributes.contains(name), !Self.reservedAttributes.contains(name) else { return nil }
            if isImplementation, Self.implementationAttributes.contains(name) { return nil }
            return CompileWarning(message: "module attribute @\(name) was set but never used", line: line, column: 0, function: nil)
        }
    }
}
