/// Comparison of terms nested deeper than the host stack should go (iodata
/// such as `[[[acc, a], b], c]` built by a guest loop), walked with an explicit
/// stack. The recursive comparisons hand a subterm over to this walk once they
/// are `recursionLimit` levels deep.
enum DeepTermWalk {
    /// How many nested levels the recursive comparisons may descend on the host stack.
    static let recursionLimit = 200

    /// A pair of subterms still to compare; `exact` is set for map keys and for `===`.
    private struct Pending {
        let left: Term
        let right: Term
        let exact: Bool
    }

    /// Whether the terms are equal: `===` when `strict`, `==` otherwise.
    static func equal(_ left: Term, _ right: Term, strict: Bool) -> Bool {
        walk(left, right, exact: strict) { pair in pair.left.equals(pair.right, strict: pair.exact) ? 0 : 1 } == 0
    }

    /// The term order of two terms (map-key order when `exact`).
    static func compare(_ left: Term, _ right: Term, exact: Bool) -> Int {
        walk(left, right, exact: exact) { pair in pair.left.ordered(against: pair.right, exact: pair.exact) }
    }

    /// Visits corresponding subterms in term order and returns the first
    /// non-zero answer of `leaf` (or of a size difference), zero if there is none.
    private static func walk(_ left: Term, _ right: Term, exact: Bool, leaf: (Pending) -> Int) -> Int {
        var stack = [Pending(left: left, right: right, exact: exact)]
        while let pair = stack.popLast() {
            switch (pair.left, pair.right) {
            case let (.cons(a), .cons(b)):
                if a === b { continue }
                stack.append(Pending(left: a.tail, right: b.tail, exact: pair.exact))
                stack.append(Pending(left: a.head, right: b.head, exact: pair.exact))
            case let (.tuple(a), .tuple(b)):
                if a.elements.count != b.elements.count { return Term.threeWay(a.elements.count, b.elements.count) }
                push(a.elements, b.elements, exact: pair.exact, onto: &stack)
            case let (.map(a), .map(b)):
                if a.count != b.count { return Term.threeWay(a.count, b.count) }
                let (aKeys, aValues) = a.sortedEntries, (bKeys, bValues) = b.sortedEntries
                push(aValues, bValues, exact: pair.exact, onto: &stack)
                push(aKeys, bKeys, exact: true, onto: &stack)
            default:
                let order = leaf(pair)
                if order != 0 { return order }
            }
        }
        return 0
    }

    /// Pushes element pairs so that the first pair is compared first.
    private static func push(_ left: [Term], _ right: [Term], exact: Bool, onto stack: inout [Pending]) {
        for index in left.indices.reversed() {
            stack.append(Pending(left: left[index], right: right[index], exact: exact))
        }
    }
}
