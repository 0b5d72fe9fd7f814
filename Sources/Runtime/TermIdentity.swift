import Terms

/// Strict equality (`===`) of two terms, as the process dictionary compares keys.
func termsIdentical(_ lhs: Term, _ rhs: Term) -> Bool {
    switch (lhs, rhs) {
    case let (.int(a), .int(b)): return a == b
    case let (.atom(a), .atom(b)): return a == b
    case let (.float(a), .float(b)): return a == b
    case let (.bigInt(a), .bigInt(b)): return a.value == b.value
    case let (.binary(a), .binary(b)): return a.bytes == b.bytes
    case (.emptyList, .emptyList): return true
    case let (.cons(a), .cons(b)): return listsIdentical(a, b)
    case let (.tuple(a), .tuple(b)): return elementsIdentical(a.elements, b.elements)
    case let (.map(a), .map(b)): return elementsIdentical(a.keys, b.keys) && elementsIdentical(a.values, b.values)
    case let (.pid(a), .pid(b)): return a == b
    case let (.ref(a), .ref(b)): return a == b
    case let (.fun(a), .fun(b)): return a.identity == b.identity
    default: return false
    }
}

private func elementsIdentical(_ lhs: [Term], _ rhs: [Term]) -> Bool {
    lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { termsIdentical($0, $1) }
}

/// Compares two lists cell by cell in a loop, so long lists cost no host recursion.
private func listsIdentical(_ lhs: Cons, _ rhs: Cons) -> Bool {
    var left = lhs
    var right = rhs
    while true {
        guard termsIdentical(left.head, right.head) else { return false }
        switch (left.tail, right.tail) {
        case let (.cons(nextLeft), .cons(nextRight)):
            left = nextLeft
            right = nextRight
        case let (leftTail, rightTail):
            return termsIdentical(leftTail, rightTail)
        }
    }
}
