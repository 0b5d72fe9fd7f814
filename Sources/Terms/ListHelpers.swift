/// Reading lists without host recursion.
extension Term {
    /// The elements of a proper list, or nil for an improper list or a non-list.
    public var properListElements: [Term]? {
        var elements: [Term] = []
        var list = self
        while case .cons(let cell) = list {
            elements.append(cell.head)
            list = cell.tail
        }
        return list == .emptyList ? elements : nil
    }

    /// The number of elements of a proper list (`length/1`), or nil otherwise.
    public var properListLength: Int? {
        var count = 0
        var list = self
        while case .cons(let cell) = list {
            count += 1
            list = cell.tail
        }
        return list == .emptyList ? count : nil
    }
}

extension Sequence where Element == Term {
    /// The terms in term order, keeping the given order among equal ones
    /// (`Enum.sort/1` is stable, and `1` and `1.0` compare equal).
    public func sortedInTermOrder() -> [Term] {
        enumerated().sorted { first, second in
            let order = Term.compare(first.element, second.element)
            return order == 0 ? first.offset < second.offset : order < 0
        }.map(\.element)
    }
}
