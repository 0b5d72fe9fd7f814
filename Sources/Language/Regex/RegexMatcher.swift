/// Runs a `RegexProgram` over a subject's bytes by backtracking, as PCRE does, with an explicit
/// stack (no host recursion per character) and a step count: past `stepLimit` steps the search
/// gives up and reports no match, as PCRE does at its match limit (Erlang's default, ten million),
/// so a catastrophic pattern costs bounded time and its steps are charged to the process.
final class RegexMatcher {
    /// One entry of the backtracking stack.
    private enum Backtrack {
        /// An alternative to try: go on at `instruction` from `position`.
        case resume(instruction: Int, position: Int)
        /// Undo a capture slot's change.
        case restoreCapture(slot: Int, value: Int)
        /// Undo a loop register's change.
        case restoreRegister(register: Int, value: Int)
        /// Undo a sub-match's captures.
        case restoreCaptures([Int])
    }

    /// How a search ended.
    enum Outcome: Equatable {
        /// A match: capture slots (start and end byte offsets per group, -1 when unset).
        case match([Int])
        /// No match.
        case noMatch
        /// The step limit was reached first (reported as no match, as PCRE does).
        case stepLimitReached
    }

    /// Steps one search may take (PCRE's `match_limit` as Erlang sets it).
    static let defaultStepLimit = 10_000_000

    let program: RegexProgram
    let subject: [UInt8]
    private let stepLimit: Int
    /// Steps taken so far, over every search this matcher ran.
    private(set) var steps = 0
    private var searchSteps = 0
    private var captures: [Int]

    /// The value of capture slot `slot` in the attempt running now.
    func captureSlot(_ slot: Int) -> Int { captures[slot] }
    private var registers: [Int]
    private var stack: [Backtrack] = []
    private var attemptStart = 0
    /// Where the current search started (`\G`).
    private(set) var searchStartPosition = 0
    private var refuseEmptyAt = -1
    /// Whether `\r` and `\r\n` are newlines too (with `s`, as PCRE's `anycrlf`).
    let newlineIsAnyCRLF: Bool

    /// A matcher for `program` over `subject`.
    init(program: RegexProgram, subject: [UInt8], stepLimit: Int = RegexMatcher.defaultStepLimit) {
        self.program = program
        self.subject = subject
        self.stepLimit = stepLimit
        captures = Array(repeating: -1, count: 2 * (program.groupCount + 1))
        registers = Array(repeating: -1, count: program.registerCount)
        newlineIsAnyCRLF = program.options.dotAll
    }

    /// The first match starting at or after `offset`; with `anchored`, only one starting at `offset`;
    /// with `notEmpty`, not an empty match at `offset` (how a global search moves past an empty match).
    func search(from offset: Int, anchored: Bool = false, notEmpty: Bool = false) -> Outcome {
        searchSteps = 0
        searchStartPosition = offset
        refuseEmptyAt = notEmpty ? offset : -1
        let lastStart = firstLineEnd(from: offset)
        var start = offset
        while start <= lastStart {
            attemptStart = start
            for slot in captures.indices { captures[slot] = -1 }
            switch attempt(at: start) {
            case .match(let slots): return .match(slots)
            case .stepLimitReached: return .stepLimitReached
            case .noMatch: break
            }
            if anchored || program.anchored || start >= subject.count { break }
            start += characterLength(at: start)
        }
        return .noMatch
    }

    /// Where a match may start at the latest: the subject's end, or its first newline with `f`.
    private func firstLineEnd(from offset: Int) -> Int {
        guard program.options.firstLine else { return subject.count }
        var position = offset
        while position < subject.count, !isNewline(at: position) { position += 1 }
        return position
    }

    private func attempt(at start: Int) -> Outcome {
        stack.removeAll(keepingCapacity: true)
        switch run(from: 0, at: start, base: 0) {
        case .some(nil): return .stepLimitReached
        case .some(.some): return .match(captures)
        case .none: return .noMatch
        }
    }

    /// Runs from `instruction` at `position` until `match`/`succeed` (the end position), a failure
    /// with the stack back at `base` (nil), or the step limit (`.some(nil)`).
    private func run(from instruction: Int, at position: Int, base: Int) -> Int?? {
        var pc = instruction
        var pos = position
        while true {
            searchSteps += 1
            steps += 1
            if searchSteps > stepLimit { return .some(nil) }
            var failed = false
            switch program.instructions[pc] {
            case .character(let expected):
                if let (character, length) = read(at: pos), character == expected { pos += length; pc += 1 } else { failed = true }
            case .characterIn(let accepted):
                if let (character, length) = read(at: pos), accepted.contains(character) { pos += length; pc += 1 } else { failed = true }
            case .anyCharacter:
                if let (_, length) = read(at: pos) { pos += length; pc += 1 } else { failed = true }
            case .anyButNewline:
                if pos < subject.count, !isNewline(at: pos), let (_, length) = read(at: pos) { pos += length; pc += 1 } else { failed = true }
            case .set(let index):
                if let (character, length) = read(at: pos), program.sets[index].contains(character) { pos += length; pc += 1 } else { failed = true }
            case .assertion(let assertion):
                if holds(assertion, at: pos) { pc += 1 } else { failed = true }
            case .split(let first, let second):
                stack.append(.resume(instruction: second, position: pos))
                pc = first
            case .jump(let target):
                pc = target
            case .save(let slot):
                stack.append(.restoreCapture(slot: slot, value: captures[slot]))
                captures[slot] = pos
                pc += 1
            case .backReference(let group, let caseless):
                if let end = matchBackReference(group, caseless: caseless, at: pos) { pos = end; pc += 1 } else { failed = true }
            case .enterLoop(let register):
                stack.append(.restoreRegister(register: register, value: registers[register]))
                registers[register] = pos
                pc += 1
            case .loopAgain(let register, let top):
                pc = registers[register] == pos ? pc + 1 : top
            case .subMatch(let sub):
                switch runSubMatch(sub, at: pos) {
                case .some(nil): return .some(nil)
                case .some(.some(let end)):
                    pos = end
                    pc = sub.next
                case .none: failed = true
                }
            case .succeed:
                stack.removeSubrange(base...)
                return .some(pos)
            case .match:
                if pos == refuseEmptyAt && attemptStart == refuseEmptyAt { failed = true } else {
                    stack.removeSubrange(base...)
                    return .some(pos)
                }
            }
            if failed {
                guard let resumed = backtrack(to: base) else { return nil }
                (pc, pos) = resumed
            }
        }
    }

    /// Pops the stack down to the next alternative, undoing captures and registers on the way.
    private func backtrack(to base: Int) -> (Int, Int)? {
        while stack.count > base {
            switch stack.removeLast() {
            case .resume(let instruction, let position): return (instruction, position)
            case .restoreCapture(let slot, let value): captures[slot] = value
            case .restoreRegister(let register, let value): registers[register] = value
            case .restoreCaptures(let saved): captures = saved
            }
        }
        return nil
    }

    /// Runs a lookaround or atomic body; the position to go on from, nil on failure, `.some(nil)` at the limit.
    private func runSubMatch(_ sub: RegexSubMatch, at pos: Int) -> Int?? {
        let saved = captures
        var start = pos
        if case .behind(let length) = sub.kind {
            guard let back = position(before: pos, characters: length) else {
                return sub.negated ? .some(pos) : nil
            }
            start = back
        }
        let base = stack.count
        let outcome = run(from: sub.body, at: start, base: base)
        guard case .some(let result) = outcome else {
            captures = saved
            return sub.negated ? .some(pos) : nil
        }
        guard let end = result else { return .some(nil) }
        if sub.negated {
            captures = saved
            return nil
        }
        stack.append(.restoreCaptures(saved))
        if case .atomic = sub.kind { return .some(end) }
        return .some(pos)
    }
}
