/// A compiled regular expression: instructions for `RegexMatcher`, its character sets, and what the
/// `Regex` functions need to know about its groups.
struct RegexProgram: Sendable {
    /// The instructions; the match starts at 0.
    private(set) var instructions: [RegexInstruction] = []
    /// The character sets `RegexInstruction.set` refers to.
    private(set) var sets: [RegexCharacterSet] = []
    /// How many capturing groups the pattern has.
    let groupCount: Int
    /// The named groups and their numbers.
    let names: [String: Int]
    /// The options it was compiled with.
    let options: RegexOptions
    /// How many loop registers the matcher needs.
    private(set) var registerCount = 0
    /// Whether every match must start where the search starts (`^` without `m`, or `\A`, first).
    private(set) var anchored = false

    /// The most instructions a pattern may compile to (`a{1000}{1000}` is refused, not built).
    static let maximumSize = 100_000

    /// Compiles `pattern` (its UTF-8 bytes) with `options`, or fails with PCRE's error.
    static func compile(_ pattern: [UInt8], options: RegexOptions) throws(RegexCompileError) -> RegexProgram {
        let parser = RegexParser(pattern: pattern, options: options)
        let root = try parser.parse()
        var program = RegexProgram(groupCount: parser.groupCount, names: parser.names, options: options)
        program.anchored = root.startsAnchored
        program.emit(.save(0))
        guard program.emitNode(root) else {
            throw RegexCompileError(message: "regular expression is too large", position: pattern.count)
        }
        program.emit(.save(1))
        program.emit(.match)
        return program
    }

    private init(groupCount: Int, names: [String: Int], options: RegexOptions) {
        self.groupCount = groupCount
        self.names = names
        self.options = options
    }

    private mutating func emit(_ instruction: RegexInstruction) {
        instructions.append(instruction)
    }

    /// Emits `node`; false when the program grows past `maximumSize`.
    private mutating func emitNode(_ node: RegexNode) -> Bool {
        guard instructions.count < Self.maximumSize else { return false }
        switch node {
        case .empty: return true
        case .character(let character, let caseless): emitCharacter(character, caseless: caseless)
        case .anyCharacter(let dotAll): emit(dotAll ? .anyCharacter : .anyButNewline)
        case .set(let set):
            sets.append(set)
            emit(.set(sets.count - 1))
        case .assertion(let assertion): emit(.assertion(assertion))
        case .group(let inner, let capture): return emitGroup(inner, capture: capture)
        case .sequence(let items):
            for item in items where !emitNode(item) { return false }
        case .alternation(let branches): return emitAlternation(branches)
        case .repetition(let inner, let minimum, let maximum, let mode):
            return emitRepetition(inner, minimum: minimum, maximum: maximum, mode: mode)
        case .backReference(let number, let caseless): emit(.backReference(number, caseless: caseless))
        case .namedBackReference(let name, let caseless): emit(.backReference(names[name] ?? 0, caseless: caseless))
        case .lookaround(let inner, let behind, let negated): return emitLookaround(inner, behind: behind, negated: negated)
        case .atomic(let inner): return emitSubMatch(.atomic, negated: false, body: inner)
        }
        return true
    }

    private mutating func emitCharacter(_ character: UInt32, caseless: Bool) {
        let others = caseless ? RegexCaseFolding.otherCases(of: character, unicode: options.unicode) : []
        emit(others.isEmpty ? .character(character) : .characterIn([character] + others))
    }

    private mutating func emitGroup(_ inner: RegexNode, capture: Int?) -> Bool {
        guard let number = capture else { return emitNode(inner) }
        emit(.save(2 * number))
        guard emitNode(inner) else { return false }
        emit(.save(2 * number + 1))
        return true
    }

    private mutating func emitAlternation(_ branches: [RegexNode]) -> Bool {
        var exits: [Int] = []
        for (position, branch) in branches.enumerated() {
            let isLast = position == branches.count - 1
            let split = instructions.count
            if !isLast { emit(.split(split + 1, 0)) }
            guard emitNode(branch) else { return false }
            if !isLast {
                exits.append(instructions.count)
                emit(.jump(0))
                instructions[split] = .split(split + 1, instructions.count)
            }
        }
        for exit in exits { instructions[exit] = .jump(instructions.count) }
        return true
    }

    private mutating func emitRepetition(_ inner: RegexNode, minimum: Int, maximum: Int?, mode: RepetitionMode) -> Bool {
        if mode == .possessive {
            return emitSubMatch(.atomic, negated: false, body: .repetition(inner, minimum: minimum, maximum: maximum, mode: .greedy))
        }
        for _ in 0..<minimum where !emitNode(inner) { return false }
        guard let maximum else { return emitLoop(inner, lazy: mode == .lazy) }
        var splits: [Int] = []
        for _ in minimum..<max(minimum, maximum) {
            splits.append(instructions.count)
            emit(.split(0, 0))
            guard emitNode(inner) else { return false }
        }
        let exit = instructions.count
        for split in splits { instructions[split] = mode == .lazy ? .split(exit, split + 1) : .split(split + 1, exit) }
        return true
    }

    private mutating func emitLoop(_ inner: RegexNode, lazy: Bool) -> Bool {
        let top = instructions.count
        emit(.split(0, 0))
        let register: Int? = inner.canMatchEmpty ? registerCount : nil
        if let register {
            registerCount += 1
            emit(.enterLoop(register))
        }
        guard emitNode(inner) else { return false }
        emit(register.map { .loopAgain($0, top: top) } ?? .jump(top))
        let exit = instructions.count
        instructions[top] = lazy ? .split(exit, top + 1) : .split(top + 1, exit)
        return true
    }

    private mutating func emitLookaround(_ inner: RegexNode, behind: Bool, negated: Bool) -> Bool {
        guard behind else { return emitSubMatch(.ahead, negated: negated, body: inner) }
        let branches: [RegexNode]
        if case .alternation(let alternatives) = inner { branches = alternatives } else { branches = [inner] }
        let parts = branches.map { RegexNode.lookaround($0, behind: true, negated: negated) }
        if branches.count > 1 { return emitNode(negated ? .sequence(parts) : .alternation(parts)) }
        return emitSubMatch(.behind(inner.fixedLength ?? 0), negated: negated, body: inner)
    }

    private mutating func emitSubMatch(_ kind: RegexSubMatch.Kind, negated: Bool, body: RegexNode) -> Bool {
        let start = instructions.count
        emit(.subMatch(RegexSubMatch(kind: kind, negated: negated, body: start + 1, next: 0)))
        guard emitNode(body) else { return false }
        emit(.succeed)
        instructions[start] = .subMatch(RegexSubMatch(kind: kind, negated: negated, body: start + 1, next: instructions.count))
        return true
    }
}

extension RegexNode {
    /// Whether every match of the node starts at the subject's start (`^` without `m`, `\A`).
    var startsAnchored: Bool {
        switch self {
        case .assertion(.subjectStart), .assertion(.lineStart(multiline: false)): return true
        case .sequence(let items): return items.first?.startsAnchored ?? false
        case .group(let inner, _), .atomic(let inner): return inner.startsAnchored
        case .alternation(let branches): return branches.allSatisfy(\.startsAnchored)
        default: return false
        }
    }
}
