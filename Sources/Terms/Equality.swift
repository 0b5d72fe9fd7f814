/// Elixir's two equalities: strict `===` (the `Hashable` equality, used for map
/// keys and pattern matching) and loose `==` (`1 == 1.0`).
extension Term: Hashable {
    /// Strict equality, Elixir's `===`: `1 === 1.0` is false, `0.0 === -0.0` is true.
    public static func == (lhs: Term, rhs: Term) -> Bool {
        lhs.equals(rhs, strict: true)
    }

    /// Loose equality, Elixir's `==`: numbers compare by value (`1 == 1.0`),
    /// inside containers too; map keys still compare strictly.
    public func looselyEquals(_ other: Term) -> Bool {
        equals(other, strict: false)
    }

    /// The shared equality walk; `strict` decides whether an integer may equal a float.
    func equals(_ other: Term, strict: Bool) -> Bool {
        switch (self, other) {
        case let (.int(a), .int(b)): return a == b
        case let (.atom(a), .atom(b)): return a == b
        case let (.float(a), .float(b)): return a == b
        case let (.bigInt(a), .bigInt(b)): return a === b || a.value == b.value
        case let (.binary(a), .binary(b)): return a === b || a.bytes == b.bytes
        case (.emptyList, .emptyList): return true
        case let (.cons(a), .cons(b)): return Term.listsEqual(a, b, strict: strict)
        case let (.tuple(a), .tuple(b)):
            return a === b || Term.elementsEqual(a.elements, b.elements, strict: strict)
        case let (.map(a), .map(b)): return Term.mapsEqual(a, b, strict: strict)
        case let (.pid(a), .pid(b)): return a == b
        case let (.ref(a), .ref(b)): return a == b
        case let (.fun(a), .fun(b)): return a.identity == b.identity
        default: return !strict && Term.compareNumbers(self, other) == 0
        }
    }

    /// Compares two lists cell by cell along their tails, without host recursion per cell.
    private static func listsEqual(_ first: Cons, _ second: Cons, strict: Bool) -> Bool {
        var left = first
        var right = second
        while left !== right {
            guard left.head.equals(right.head, strict: strict) else { return false }
            guard case .cons(let nextLeft) = left.tail, case .cons(let nextRight) = right.tail else {
                return left.tail.equals(right.tail, strict: strict)
            }
            left = nextLeft
            right = nextRight
        }
        return true
    }

    /// Compares two element arrays pairwise.
    private static func elementsEqual(_ left: [Term], _ right: [Term], strict: Bool) -> Bool {
        guard left.count == right.count else { return false }
        for index in left.indices where !left[index].equals(right[index], strict: strict) {
            return false
        }
        return true
    }

    /// Compares two maps: keys always strictly, values as `strict` says.
    private static func mapsEqual(_ left: MapBox, _ right: MapBox, strict: Bool) -> Bool {
        if left === right { return true }
        return elementsEqual(left.keys, right.keys, strict: true)
            && elementsEqual(left.values, right.values, strict: strict)
    }

    /// Hashes consistently with `===`; lists are walked iteratively.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .int(let value): hasher.combine(0 as UInt8); hasher.combine(value)
        case .bigInt(let box): hasher.combine(1 as UInt8); hasher.combine(box.value)
        case .float(let value): hasher.combine(2 as UInt8); hasher.combine(value == 0 ? 0.0 : value)
        case .atom(let atom): hasher.combine(3 as UInt8); hasher.combine(atom)
        case .binary(let box): hasher.combine(4 as UInt8); hasher.combine(box.bytes)
        case .emptyList: hasher.combine(5 as UInt8)
        case .cons(let cell): Term.hashList(cell, into: &hasher)
        case .tuple(let box): hasher.combine(7 as UInt8); Term.hashElements(box.elements, into: &hasher)
        case .map(let box): hasher.combine(8 as UInt8); Term.hashMap(box, into: &hasher)
        case .pid(let pid): hasher.combine(9 as UInt8); hasher.combine(pid)
        case .ref(let ref): hasher.combine(10 as UInt8); hasher.combine(ref)
        case .fun(let fun): hasher.combine(11 as UInt8); hasher.combine(fun.identity)
        }
    }

    /// Hashes every cell of a list, then its final tail.
    private static func hashList(_ first: Cons, into hasher: inout Hasher) {
        var cell = first
        while true {
            hasher.combine(6 as UInt8)
            cell.head.hash(into: &hasher)
            guard case .cons(let next) = cell.tail else {
                cell.tail.hash(into: &hasher)
                return
            }
            cell = next
        }
    }

    /// Hashes a sequence of terms with its length.
    private static func hashElements(_ elements: [Term], into hasher: inout Hasher) {
        hasher.combine(elements.count)
        for element in elements { element.hash(into: &hasher) }
    }

    /// Hashes a map's keys and values.
    private static func hashMap(_ map: MapBox, into hasher: inout Hasher) {
        hashElements(map.keys, into: &hasher)
        hashElements(map.values, into: &hasher)
    }
}
