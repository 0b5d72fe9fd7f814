/// Clause selection by a small-integer first argument (`fib(0)`, `fib(1)`, `fib(n)`): one
/// `switchInteger` goes straight to the clause for the value, past its own test of that value,
/// instead of trying each clause's test in turn.
///
/// It covers the leading clauses whose first pattern is an integer literal; any other value (or
/// any other term) goes to the first clause after them. Skipping clauses is sound: each skipped
/// clause tests the first argument for another integer, so it could not have matched.
struct IntegerClauseSwitch {
    /// The first patterns of the leading integer clauses, in clause order.
    let values: [Int32]
    /// The smallest of them: the table's first entry.
    let first: Int32
    /// How many consecutive values the table covers.
    let count: Int32

    /// The most values a table covers (a sparse set of integers keeps its tests).
    static let maxCount = 32

    /// The switch for `clauses`, or nil when fewer than two lead with an integer or their values
    /// are too far apart for a table.
    init?(_ clauses: [ArrowClause]) {
        var values: [Int32] = []
        for clause in clauses {
            guard let pattern = clause.patterns.first, case .integer(let value) = pattern.kind, let small = Int32(exactly: value) else { break }
            values.append(small)
        }
        guard values.count >= 2, let low = values.min(), let high = values.max() else { return nil }
        let span = Int(high) - Int(low) + 1
        guard span <= Self.maxCount, span <= 2 * values.count else { return nil }
        self.values = values
        self.first = low
        self.count = Int32(span)
    }

    /// The clause the value `first + offset` selects: the first clause with that value, if any.
    func clause(at offset: Int) -> Int? {
        values.firstIndex(of: first + Int32(offset))
    }
}

extension ExpressionCompiler {
    /// Emits the switch on the first argument and its table of jumps, to be pointed at the clauses
    /// by `patchSwitch` once they are compiled; returns where the table starts.
    func emitSwitch(_ selection: IntegerClauseSwitch) -> Int32 {
        let table = builder.nextIndex + 1
        builder.emit(.switchInteger(slot: 0, first: selection.first, count: selection.count, table: table))
        for _ in 0...selection.count { builder.emit(.jump(Instruction.placeholder)) }
        return table
    }

    /// Points each jump of the table at its clause, past the clause's test of the value; a value
    /// no clause names, and any other term, at the first clause after the integer ones (or at
    /// `noMatch` when there is none).
    func patchSwitch(_ selection: IntegerClauseSwitch, table: Int32, starts: [Int32], noMatch: Int32) {
        let rest = starts.count > selection.values.count ? starts[selection.values.count] : noMatch
        for offset in 0...Int(selection.count) {
            var target = rest
            if offset < Int(selection.count), let clause = selection.clause(at: offset) {
                target = entry(of: starts[clause], value: selection.values[clause])
            }
            patchJump(table + Int32(offset), to: target)
        }
    }

    /// Where the clause starting at `start` goes on once its first argument is known to be `value`:
    /// past its test of it when that test comes first.
    private func entry(of start: Int32, value: Int32) -> Int32 {
        if case .testInteger(slot: 0, value: value, fail: _) = builder.code.instructions[Int(start)] { return start + 1 }
        return start
    }
}
