/// The BEAM's total order on terms:
/// number < atom < reference < function < port < pid < tuple < map < list < bitstring.
extension Term {
    /// Compares two terms in Elixir's term order: negative, zero or positive.
    /// Numbers compare by value, so `compare(1, 1.0)` is zero.
    public static func compare(_ lhs: Term, _ rhs: Term) -> Int {
        lhs.ordered(against: rhs, exact: false)
    }

    /// Compares two terms in map-key order: term order, except that an integer
    /// always sorts before a float (`%{2 => x, 1.0 => y}` keeps 2 first).
    /// Zero exactly when the terms are `===`.
    public static func compareKeys(_ lhs: Term, _ rhs: Term) -> Int {
        lhs.ordered(against: rhs, exact: true)
    }

    /// Whether `lhs` sorts strictly before `rhs` in term order (Elixir's `<`).
    public static func isLess(_ lhs: Term, _ rhs: Term) -> Bool {
        compare(lhs, rhs) < 0
    }

    /// The position of a term's type in term order.
    var typeRank: Int {
        switch self {
        case .int, .bigInt, .float: return 0
        case .atom: return 1
        case .ref: return 2
        case .fun: return 3
        case .pid: return 5
        case .tuple: return 6
        case .map: return 7
        case .emptyList, .cons: return 8
        case .binary: return 9
        }
    }

    /// The shared comparison walk; `exact` selects map-key order for numbers.
    /// `depth` counts the containers above; past `DeepTermWalk.recursionLimit`
    /// the rest is compared without host recursion.
    func ordered(against other: Term, exact: Bool, depth: Int = 0) -> Int {
        switch (self, other) {
        case let (.int(a), .int(b)): return Term.threeWay(a, b)
        case let (.atom(a), .atom(b)): return a == b ? 0 : Term.compareAtoms(a, b)
        case (.emptyList, .emptyList): return 0
        case (.emptyList, .cons): return -1
        case (.cons, .emptyList): return 1
        case let (.cons(a), .cons(b)):
            if depth > DeepTermWalk.recursionLimit { return DeepTermWalk.compare(self, other, exact: exact) }
            return Term.compareLists(a, b, exact: exact, depth: depth + 1)
        case let (.tuple(a), .tuple(b)):
            if depth > DeepTermWalk.recursionLimit { return DeepTermWalk.compare(self, other, exact: exact) }
            return a === b ? 0 : Term.compareSized(a.elements, b.elements, exact: exact, depth: depth + 1)
        case let (.map(a), .map(b)):
            if depth > DeepTermWalk.recursionLimit { return DeepTermWalk.compare(self, other, exact: exact) }
            return Term.compareMaps(a, b, exact: exact, depth: depth + 1)
        case let (.binary(a), .binary(b)):
            return a === b ? 0 : Term.compareBytes(a.slice, b.slice, bitCounts: (a.bitCount, b.bitCount))
        case let (.pid(a), .pid(b)): return Term.threeWay(a, b)
        case let (.ref(a), .ref(b)): return Term.threeWay(a, b)
        case let (.fun(a), .fun(b)): return Term.threeWay(a.identity, b.identity)
        default: return orderedAcrossTypes(against: other, exact: exact)
        }
    }

    /// Orders two terms of different cases: numbers by value (or by kind when
    /// `exact` and one is a float), everything else by type rank.
    private func orderedAcrossTypes(against other: Term, exact: Bool) -> Int {
        let rank = typeRank
        let otherRank = other.typeRank
        guard rank == 0, otherRank == 0 else { return Term.threeWay(rank, otherRank) }
        if exact, isFloat != other.isFloat { return isFloat ? 1 : -1 }
        return Term.compareNumbers(self, other) ?? 0
    }

    /// Whether the term is a float.
    private var isFloat: Bool {
        if case .float = self { return true }
        return false
    }

    /// Orders two distinct atoms by their text, byte by byte.
    private static func compareAtoms(_ lhs: Atom, _ rhs: Atom) -> Int {
        lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8) ? -1 : 1
    }

    /// Orders bitstrings bit by bit; a prefix sorts first. The bits past a bitstring's end are
    /// zero, so comparing the bytes and then the lengths in bits does it.
    static func compareBytes(_ lhs: ArraySlice<UInt8>, _ rhs: ArraySlice<UInt8>, bitCounts: (Int, Int)) -> Int {
        for (left, right) in zip(lhs, rhs) where left != right {
            return left < right ? -1 : 1
        }
        return threeWay(bitCounts.0, bitCounts.1)
    }

    /// Orders two lists element by element, then by their tails, without host
    /// recursion per cell.
    private static func compareLists(_ first: Cons, _ second: Cons, exact: Bool, depth: Int) -> Int {
        var left = first
        var right = second
        while left !== right {
            let heads = left.head.ordered(against: right.head, exact: exact, depth: depth)
            if heads != 0 { return heads }
            guard case .cons(let nextLeft) = left.tail, case .cons(let nextRight) = right.tail else {
                return left.tail.ordered(against: right.tail, exact: exact, depth: depth)
            }
            left = nextLeft
            right = nextRight
        }
        return 0
    }

    /// Orders two sequences by size first, then element by element.
    private static func compareSized(_ left: [Term], _ right: [Term], exact: Bool, depth: Int) -> Int {
        if left.count != right.count { return threeWay(left.count, right.count) }
        return compareElements(left, right, exact: exact, depth: depth)
    }

    /// Orders two sequences of the same size element by element.
    private static func compareElements(_ left: [Term], _ right: [Term], exact: Bool, depth: Int) -> Int {
        for index in left.indices {
            let order = left[index].ordered(against: right[index], exact: exact, depth: depth)
            if order != 0 { return order }
        }
        return 0
    }

    /// Orders maps by size, then by their keys in map-key order, then by values.
    private static func compareMaps(_ left: MapBox, _ right: MapBox, exact: Bool, depth: Int) -> Int {
        if left === right { return 0 }
        if left.count != right.count { return threeWay(left.count, right.count) }
        let (leftKeys, leftValues) = left.sortedEntries, (rightKeys, rightValues) = right.sortedEntries
        let keys = compareElements(leftKeys, rightKeys, exact: true, depth: depth)
        if keys != 0 { return keys }
        return compareElements(leftValues, rightValues, exact: exact, depth: depth)
    }
}
