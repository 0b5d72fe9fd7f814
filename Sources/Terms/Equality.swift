/// Elixir's two equalities: strict `===` (the `Hashable` equality, used for map
/// keys and pattern matching) and loose `==` (`1 == 1.0`).
extension Term: Hashable {
    /// Strict equality, Elixir's `===`: `1 === 1.0` is false, `0.0 === -0.0` is true.
    /// Integers and atoms are compared inline in the caller.
    @inlinable
    public static func == (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case let (.int(a), .int(b)): return a == b
        case let (.atom(a), .atom(b)): return a == b
        default: return lhs.equals(rhs, strict: true)
        }
    }

    /// Loose equality, Elixir's `==`: numbers compare by value (`1 == 1.0`),
    /// inside containers too; map keys still compare strictly.
    public func looselyEquals(_ other: Term) -> Bool {
        equals(other, strict: false)
    }

    /// The shared equality walk; `strict` decides whether an integer may equal a float.
    /// `depth` counts the containers above; past `DeepTermWalk.recursionLimit`
    /// the rest is compared without host recursion.
    @usableFromInline
    func equals(_ other: Term, strict: Bool, depth: Int = 0) -> Bool {
        switch (self, other) {
        case let (.int(a), .int(b)): return a == b
        case let (.atom(a), .atom(b)): return a == b
        case let (.float(a), .float(b)): return a == b
        case let (.bigInt(a), .bigInt(b)): return a === b || a.value == b.value
        case let (.binary(a), .binary(b)): return a === b || (a.bitCount == b.bitCount && a.slice == b.slice)
        case (.emptyList, .emptyList): return true
        case let (.cons(a), .cons(b)):
            if depth > DeepTermWalk.recursionLimit { return DeepTermWalk.equal(self, other, strict: strict) }
            return Term.listsEqual(a, b, strict: strict, depth: depth + 1)
        case let (.tuple(a), .tuple(b)):
            if depth > DeepTermWalk.recursionLimit { return DeepTermWalk.equal(self, other, strict: strict) }
            return a === b || Term.elementsEqual(a.elements, b.elements, strict: strict, depth: depth + 1)
        case let (.map(a), .map(b)):
            if depth > DeepTermWalk.recursionLimit { return DeepTermWalk.equal(self, other, strict: strict) }
            return Term.mapsEqual(a, b, strict: strict, depth: depth + 1)
        case let (.pid(a), .pid(b)): return a == b
        case let (.ref(a), .ref(b)): return a == b
        case let (.fun(a), .fun(b)): return a.identity == b.identity
        default: return !strict && Term.compareNumbers(self, other) == 0
        }
    }

    /// Compares two lists cell by cell along their tails, without host recursion per cell.
    private static func listsEqual(_ first: Cons, _ second: Cons, strict: Bool, depth: Int) -> Bool {
        var left = first
        var right = second
        while left !== right {
            guard left.head.equals(right.head, strict: strict, depth: depth) else { return false }
            guard case .cons(let nextLeft) = left.tail, case .cons(let nextRight) = right.tail else {
                return left.tail.equals(right.tail, strict: strict, depth: depth)
            }
            left = nextLeft
            right = nextRight
        }
        return true
    }

    /// Compares two element arrays pairwise.
    private static func elementsEqual(_ left: [Term], _ right: [Term], strict: Bool, depth: Int) -> Bool {
        guard left.count == right.count else { return false }
        for index in left.indices where !left[index].equals(right[index], strict: strict, depth: depth) {
            return false
        }
        return true
    }

    /// Compares two maps: keys always strictly, values as `strict` says.
    private static func mapsEqual(_ left: MapBox, _ right: MapBox, strict: Bool, depth: Int) -> Bool {
        if left === right { return true }
        guard left.count == right.count else { return false }
        let (leftKeys, leftValues) = left.sortedEntries, (rightKeys, rightValues) = right.sortedEntries
        return elementsEqual(leftKeys, rightKeys, strict: true, depth: depth)
            && elementsEqual(leftValues, rightValues, strict: strict, depth: depth)
    }

    /// Hashes consistently with `===`; containers are walked with an explicit
    /// stack, so no nesting depth reaches the host stack.
    public func hash(into hasher: inout Hasher) {
        switch self {
        case .cons, .tuple, .map: Term.hashContainer(self, into: &hasher)
        default: hashScalar(into: &hasher)
        }
    }

    /// Hashes a term that holds no other terms.
    private func hashScalar(into hasher: inout Hasher) {
        switch self {
        case .int(let value): hasher.combine(0 as UInt8); hasher.combine(value)
        case .bigInt(let box): hasher.combine(1 as UInt8); hasher.combine(box.value)
        case .float(let value): hasher.combine(2 as UInt8); hasher.combine(value == 0 ? 0.0 : value)
        case .atom(let atom): hasher.combine(3 as UInt8); hasher.combine(atom)
        case .binary(let box):
            hasher.combine(4 as UInt8)
            hasher.combine(box.bitCount)
            box.slice.withUnsafeBytes { hasher.combine(bytes: $0) }
        case .emptyList: hasher.combine(5 as UInt8)
        case .pid(let pid): hasher.combine(9 as UInt8); hasher.combine(pid)
        case .ref(let ref): hasher.combine(10 as UInt8); hasher.combine(ref)
        case .fun(let fun): hasher.combine(11 as UInt8); hasher.combine(fun.identity)
        case .cons, .tuple, .map: break
        }
    }

    /// Hashes a list, tuple or map and everything inside it, depth first.
    private static func hashContainer(_ term: Term, into hasher: inout Hasher) {
        var pending = [term]
        while let next = pending.popLast() {
            switch next {
            case .cons(let cell):
                hasher.combine(6 as UInt8)
                pending.append(cell.tail)
                pending.append(cell.head)
            case .tuple(let box):
                hasher.combine(7 as UInt8)
                hasher.combine(box.elements.count)
                pending.append(contentsOf: box.elements.reversed())
            case .map(let box):
                hasher.combine(8 as UInt8)
                hasher.combine(box.count)
                let (keys, values) = box.sortedEntries
                pending.append(contentsOf: values.reversed())
                pending.append(contentsOf: keys.reversed())
            default:
                next.hashScalar(into: &hasher)
            }
        }
    }
}
