/// A guard that is only comparisons of variables and literals, joined by `and` (`when step > 0 and
/// first > last`): it can neither raise nor yield anything but a boolean, so it compiles to one
/// fused compare-and-branch per comparison, without a guard handler.
struct GuardComparisons {
    /// One comparison of the guard.
    struct Conjunct {
        let comparison: Comparison
        let left: SyntaxNode
        let right: SyntaxNode
    }

    /// The comparisons, in the order the guard evaluates them.
    let conjuncts: [Conjunct]

    /// The guard's comparisons, or nil when the guard is anything else.
    init?(_ guardExpression: SyntaxNode) {
        var conjuncts: [Conjunct] = []
        guard GuardComparisons.collect(guardExpression, into: &conjuncts) else { return nil }
        self.conjuncts = conjuncts
    }

    private static func collect(_ node: SyntaxNode, into conjuncts: inout [Conjunct]) -> Bool {
        guard case .call(.name(let name), let arguments) = node.kind, arguments.count == 2 else { return false }
        if name == "and" {
            return collect(arguments[0], into: &conjuncts) && collect(arguments[1], into: &conjuncts)
        }
        guard let comparison = Comparison(rawValue: name), isPlainOperand(arguments[0]), isPlainOperand(arguments[1]) else {
            return false
        }
        conjuncts.append(Conjunct(comparison: comparison, left: arguments[0], right: arguments[1]))
        return true
    }

    /// A variable or a literal number, atom or string: reading it cannot raise.
    private static func isPlainOperand(_ node: SyntaxNode) -> Bool {
        switch node.kind {
        case .variable, .integer, .float, .atom, .string: return true
        case .bigInteger, .list, .pair, .call: return false
        }
    }
}
