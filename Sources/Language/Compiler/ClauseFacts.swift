/// What the clauses of one clause list (a `receive`, a `case`, a function's heads) share, so that a
/// clause does not test again what the clause before it established.
///
/// Every clause extracts element `i` of the tuple in slot `s` into the same slot, so `{:token, 0, p}`
/// and `{:token, n, p}` read `:token`, `n` and `p` from the same three slots. When a clause fails, the
/// tests that passed before the failing one (and the extractions among them) still hold: the next
/// clause starts after the longest run of its own first tests and extractions that are among them.
/// A guard that fails or raises leaves every test of its clause's pattern holding.
final class ClauseFacts {
    /// An element of a tuple: the slot holding the tuple and the element's index.
    private struct Element: Hashable {
        let tuple: Int32
        let index: Int32
    }

    /// A failure jump waiting for the next clause, with the instructions that had succeeded before
    /// it: a run of tests and extractions, empty when the clause did more than test before failing.
    struct PendingFailure {
        let jump: Int32
        let established: Range<Int32>
    }

    private var elementSlots: [Element: Int32] = [:]

    /// The slot that element `index` of the tuple in `tuple` goes into, the same in every clause.
    func slot(forElement index: Int32, of tuple: Int32, builder: FunctionBuilder) -> Int32 {
        let element = Element(tuple: tuple, index: index)
        if let slot = elementSlots[element] { return slot }
        let slot = builder.newLocal()
        elementSlots[element] = slot
        return slot
    }

    /// The failures of a clause whose pattern took `pattern` (instruction indices), failing at
    /// `patternJumps`, then whose guard fails at `guardJumps`.
    static func failures(
        patternJumps: [Int32], guardJumps: [Int32], pattern: Range<Int32>, in code: FunctionCode
    ) -> [PendingFailure] {
        let testsEnd = pattern.first { !onlyTests(code.instructions[Int($0)]) } ?? pattern.upperBound
        let failures = patternJumps.map { jump in
            PendingFailure(jump: jump, established: pattern.lowerBound..<(jump <= testsEnd ? jump : pattern.lowerBound))
        }
        let whole = pattern.lowerBound..<(testsEnd == pattern.upperBound ? testsEnd : pattern.lowerBound)
        return failures + guardJumps.map { PendingFailure(jump: $0, established: whole) }
    }

    /// Where a failure of the previous clause continues in the clause whose pattern took `pattern`:
    /// past its first instructions that the failure had already established.
    static func target(of failure: PendingFailure, pattern: Range<Int32>, in code: FunctionCode) -> Int32 {
        var target = pattern.lowerBound
        while target < pattern.upperBound {
            let instruction = code.instructions[Int(target)].retargeted(to: Instruction.placeholder)
            guard onlyTests(instruction) else { break }
            let established = failure.established.contains {
                code.instructions[Int($0)].retargeted(to: Instruction.placeholder) == instruction
            }
            guard established else { break }
            target += 1
        }
        return target
    }

    /// Whether an instruction only tests slots or copies parts of a value into slots of their own
    /// (nothing it writes is written by anything else), so what it established stays true.
    private static func onlyTests(_ instruction: Instruction) -> Bool {
        switch instruction {
        case .testTuple, .getElement, .testConstant, .testInteger, .testCons, .testEmptyList, .testMap, .getHeadTail,
            .testSameAsLocal:
            return true
        default:
            return false
        }
    }
}
