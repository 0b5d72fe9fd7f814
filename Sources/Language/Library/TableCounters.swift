import Runtime
import Terms

/// `:ets.update_counter/3,4` and `:ets.update_element/3`: changes to elements of the one
/// object of a key, in place, as one atomic step.
enum TableCounters {
    /// One increment: the element at `position` (from one) grows by `increment`; past
    /// `threshold` (above it for a positive increment, below for a negative one) it is `reset`.
    private struct Increment {
        let position: Int
        let increment: Term
        let threshold: Term?
        let reset: Term?
    }

    /// Applies `operations` to the object of `key` (or to `default` with its key set, when
    /// there is none) and returns the new value, or the new values for a list of operations.
    static func update(_ table: TermTable, key: Term, operations: Term, default: Term?) throws(GuestError) -> Term {
        try requireSet(table, blaming: 1, "the table identifier refers to an ETS table of a type not supported by this operation")
        var elements = try elements(of: table, key: key, default: `default`)
        let increments = try self.increments(operations, keyPosition: table.keyPosition)
        var results: [Term] = []
        for increment in increments {
            guard increment.position >= 1, increment.position <= elements.count else {
                throw ArgumentChecks.badArgument(3, "the position in the update operation is out of range")
            }
            let value = try incremented(elements[increment.position - 1], by: increment)
            elements[increment.position - 1] = value
            results.append(value)
        }
        table.replaceOrInsert(.tuple(elements))
        return operations.properListElements == nil ? results[0] : .list(results)
    }

    /// Sets elements of the object of `key`; false when there is none.
    static func updateElements(_ table: TermTable, key: Term, changes: Term) throws(GuestError) -> Term {
        try requireSet(table, blaming: 3, "out of range")
        guard let object = table.lookup(key).first, case .tuple(let box) = object else { return .false }
        var elements = box.elements
        let pairs = changes.properListElements ?? [changes]
        for pair in pairs {
            guard case .tuple(let change) = pair, change.elements.count == 2, case .int(let position) = change.elements[0] else {
                throw ArgumentChecks.badArgument(3, "not a valid update operation")
            }
            guard position != table.keyPosition else { throw ArgumentChecks.badArgument(3, "the position is the same as the key position") }
            guard position >= 1, position <= elements.count else { throw ArgumentChecks.badArgument(3, "out of range") }
            elements[position - 1] = change.elements[1]
        }
        table.replaceOrInsert(.tuple(elements))
        return .true
    }

    private static func requireSet(_ table: TermTable, blaming position: Int, _ problem: String) throws(GuestError) {
        guard table.kind == .set || table.kind == .orderedSet else { throw ArgumentChecks.badArgument(position, problem) }
    }

    /// The elements of the object to update: the key's object, else the default with the key.
    private static func elements(of table: TermTable, key: Term, default: Term?) throws(GuestError) -> [Term] {
        if let object = table.lookup(key).first, case .tuple(let box) = object { return box.elements }
        guard let `default` else { throw ArgumentChecks.badArgument(2, "not a key that exists in the table") }
        guard case .tuple(let box) = `default`, box.elements.count >= table.keyPosition else {
            throw ArgumentChecks.badArgument(4, "not a tuple")
        }
        var elements = box.elements
        elements[table.keyPosition - 1] = key
        return elements
    }

    /// The increments `operations` names: an integer, `{pos, incr}`, `{pos, incr, threshold,
    /// reset}`, or a list of the tuples.
    private static func increments(_ operations: Term, keyPosition: Int) throws(GuestError) -> [Increment] {
        if isInteger(operations) { return [Increment(position: keyPosition + 1, increment: operations, threshold: nil, reset: nil)] }
        let list = operations.properListElements ?? [operations]
        return try list.map { (operation) throws(GuestError) -> Increment in
            guard case .tuple(let box) = operation, box.elements.count == 2 || box.elements.count == 4,
                case .int(let position) = box.elements[0], box.elements.dropFirst().allSatisfy(isInteger)
            else { throw ArgumentChecks.badArgument(3, "not a valid update operation") }
            guard position != keyPosition else { throw ArgumentChecks.badArgument(3, "the position is the same as the key position") }
            let hasThreshold = box.elements.count == 4
            return Increment(
                position: position, increment: box.elements[1], threshold: hasThreshold ? box.elements[2] : nil,
                reset: hasThreshold ? box.elements[3] : nil)
        }
    }

    private static func incremented(_ value: Term, by increment: Increment) throws(GuestError) -> Term {
        guard isInteger(value), let sum = Term.add(value, increment.increment) else {
            throw ArgumentChecks.badArgument(3, "the value in the given position, in the object, is not an integer")
        }
        guard let threshold = increment.threshold, let reset = increment.reset else { return sum }
        let rising = Term.compare(increment.increment, .int(0)) >= 0
        let past = rising ? Term.compare(sum, threshold) > 0 : Term.compare(sum, threshold) < 0
        return past ? reset : sum
    }

    private static func isInteger(_ term: Term) -> Bool {
        switch term {
        case .int, .bigInt: return true
        default: return false
        }
    }
}
