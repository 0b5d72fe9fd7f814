/// Runs a `RegexProgram` over a subject's bytes by backtracking, as PCRE does, with an explicit
/// stack (no host recursion at all: lookarounds and atomic groups are barriers on the same stack),
/// so a search can stop after any number of steps and go on later, and a step count: past
/// `stepLimit` steps one search gives up and reports no match, as PCRE does at its match limit
/// (Erlang's default, ten million).
final class RegexMatcher {
    /// One entry of the backtracking stack.
    private enum Backtrack {
        /// An alternative to try: go on at `instruction` from `position`.
        case resume(instruction: Int, position: Int)
        /// Undo a capture slot's change.
        case restoreCapture(slot: Int, value: Int)
        /// Undo a loop register's change.
        case restoreRegister(register: Int, value: Int)
        /// Undo a finished sub-match's captures.
        case restoreCaptures([Int])
        /// A lookaround or atomic body running above this entry, started at `position`.
        case barrier(RegexSubMatch, position: Int, captures: [Int])
    }

    /// How a search (or a slice of one) ended.
    enum Outcome: Equatable {
        /// A match: capture slots (start and end byte offsets per group, -1 when unset).
        case match([Int])
        /// No match.
        case noMatch
        /// The step limit was reached first (reported as no match, as PCRE does).
        case stepLimitReached
        /// The slice's steps ran out; `resume` goes on.
        case paused
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
    private var registers: [Int]
    private var stack: [Backtrack] = []
    private var barriers: [Int] = []
    private var pc = 0
    private var pos = 0
    private var attemptStart = 0
    private var lastStart = 0
    private var anchoredSearch = false
    private var refuseEmptyAt = -1
    /// Where the current search started (`\G`).
    private(set) var searchStartPosition = 0
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

    /// The value of capture slot `slot` in the attempt running now.
    func captureSlot(_ slot: Int) -> Int { captures[slot] }

    /// Starts a search for the first match at or after `offset`; with `anchored`, only one
    /// starting at `offset`; with `notEmpty`, not an empty match at `offset` (how a global
    /// search moves past an empty match). `resume` runs it.
    func begin(from offset: Int, anchored: Bool = false, notEmpty: Bool = false) {
        searchSteps = 0
        searchStartPosition = offset
        refuseEmptyAt = notEmpty ? offset : -1
        anchoredSearch = anchored || program.anchored
        lastStart = firstLineEnd(from: offset)
        startAttempt(at: offset)
    }

    /// Where a match may start at the latest: the subject's end, or its first newline with `f`.
    private func firstLineEnd(from offset: Int) -> Int {
        guard program.options.firstLine else { return subject.count }
        var position = offset
        while position < subject.count, !isNewline(at: position) { position += 1 }
        return position
    }

    private func startAttempt(at start: Int) {
        attemptStart = start
        for slot in captures.indices { captures[slot] = -1 }
        stack.removeAll(keepingCapacity: true)
        barriers.removeAll(keepingCapacity: true)
        pc = 0
        pos = start
    }

    /// Goes on with the search for at most `budget` steps.
    func resume(steps budget: Int) -> Outcome {
        var left = budget
        while true {
            if left == 0 { return .paused }
            left -= 1
            searchSteps += 1
            steps += 1
            if searchSteps > stepLimit { return .stepLimitReached }
            switch step() {
            case .proceed: continue
            case .matched: return .match(captures)
            case .failed:
                if backtrack() { continue }
                if anchoredSearch || attemptStart >= lastStart || attemptStart >= subject.count { return .noMatch }
                startAttempt(at: attemptStart + characterLength(at: attemptStart))
            }
        }
    }

    private enum StepResult {
        case proceed, matched, failed
    }

    /// Runs the instruction at `pc`.
    private func step() -> StepResult {
        switch program.instructions[pc] {
        case .character(let expected):
            guard let (character, length) = read(at: pos), character == expected else { return .failed }
            advance(by: length)
        case .characterIn(let accepted):
            guard let (character, length) = read(at: pos), accepted.contains(character) else { return .failed }
            advance(by: length)
        case .anyCharacter:
            guard let (_, length) = read(at: pos) else { return .failed }
            advance(by: length)
        case .anyButNewline:
            guard !isNewline(at: pos), let (_, length) = read(at: pos) else { return .failed }
            advance(by: length)
        case .set(let index):
            guard let (character, length) = read(at: pos), program.sets[index].contains(character) else { return .failed }
            advance(by: length)
        case .assertion(let assertion):
            guard holds(assertion, at: pos) else { return .failed }
            pc += 1
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
            guard let end = matchBackReference(group, caseless: caseless, at: pos) else { return .failed }
            pos = end
            pc += 1
        case .enterLoop(let register):
            stack.append(.restoreRegister(register: register, value: registers[register]))
            registers[register] = pos
            pc += 1
        case .loopAgain(let register, let top):
            pc = registers[register] == pos ? pc + 1 : top
        case .subMatch(let sub):
            return enter(sub)
        case .succeed:
            return succeed()
        case .match:
            if pos == refuseEmptyAt && attemptStart == refuseEmptyAt { return .failed }
            return .matched
        }
        return .proceed
    }

    private func advance(by length: Int) {
        pos += length
        pc += 1
    }

    /// Starts a lookaround or atomic body above a barrier.
    private func enter(_ sub: RegexSubMatch) -> StepResult {
        var start = pos
        if case .behind(let length) = sub.kind {
            guard let back = position(before: pos, characters: length) else {
                if sub.negated {
                    pc = sub.next
                    return .proceed
                }
                return .failed
            }
            start = back
        }
        barriers.append(stack.count)
        stack.append(.barrier(sub, position: pos, captures: captures))
        pc = sub.body
        pos = start
        return .proceed
    }

    /// The body above the innermost barrier matched: drop its alternatives and go on after it.
    private func succeed() -> StepResult {
        guard let index = barriers.popLast(), case .barrier(let sub, let position, let saved) = stack[index] else {
            return .failed
        }
        stack.removeSubrange(index...)
        if sub.negated {
            captures = saved
            return .failed
        }
        stack.append(.restoreCaptures(saved))
        if case .atomic = sub.kind {} else { pos = position }
        pc = sub.next
        return .proceed
    }

    /// Pops the stack to the next alternative, undoing captures and registers on the way; a
    /// barrier reached means its body failed (which a negative lookaround turns into going on).
    private func backtrack() -> Bool {
        while let entry = stack.popLast() {
            switch entry {
            case .resume(let instruction, let position):
                pc = instruction
                pos = position
                return true
            case .restoreCapture(let slot, let value): captures[slot] = value
            case .restoreRegister(let register, let value): registers[register] = value
            case .restoreCaptures(let saved): captures = saved
            case .barrier(let sub, let position, let saved):
                barriers.removeLast()
                captures = saved
                if sub.negated {
                    pc = sub.next
                    pos = position
                    return true
                }
            }
        }
        return false
    }
}
