/// A parsed regular expression, before it becomes a `RegexProgram`.
/// Characters are code units: bytes without the `u` option, Unicode scalars with it (as PCRE).
indirect enum RegexNode: Sendable {
    /// Matches the empty string.
    case empty
    /// One character; `caseless` also accepts its other cases.
    case character(UInt32, caseless: Bool)
    /// `.`: any character, or any but a newline without `s`.
    case anyCharacter(dotAll: Bool)
    /// A character class such as `[a-z]`, `\d` or `\p{L}`.
    case set(RegexCharacterSet)
    /// A zero-width assertion such as `^`, `$` or `\b`.
    case assertion(RegexAssertion)
    /// A group: capturing (with its number) or not.
    case group(RegexNode, capture: Int?)
    /// A sequence matched one after the other.
    case sequence([RegexNode])
    /// Alternatives tried left to right.
    case alternation([RegexNode])
    /// A quantified node such as `a*`, `a+?` or `a{2,3}+`; `maximum` nil is unbounded.
    case repetition(RegexNode, minimum: Int, maximum: Int?, mode: RepetitionMode)
    /// `\1`, `\g{2}`.
    case backReference(Int, caseless: Bool)
    /// `\k<name>`, `(?P=name)` (resolved to a number when the program is built).
    case namedBackReference(String, caseless: Bool)
    /// `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`.
    case lookaround(RegexNode, behind: Bool, negated: Bool)
    /// `(?>...)`: once matched, never backtracked into.
    case atomic(RegexNode)
}

/// How a quantifier backtracks.
enum RepetitionMode: Sendable {
    /// As many as possible first (`*`).
    case greedy
    /// As few as possible first (`*?`).
    case lazy
    /// As many as possible, never giving any back (`*+`).
    case possessive
}

/// Zero-width tests at the current position.
enum RegexAssertion: Equatable, Sendable {
    /// `^`: start of the subject, or of any line with `m`.
    case lineStart(multiline: Bool)
    /// `$`: end of the subject or before a final newline, or before any newline with `m`.
    case lineEnd(multiline: Bool)
    /// `\A`.
    case subjectStart
    /// `\z`.
    case subjectEnd
    /// `\Z`: end of the subject or before a final newline.
    case subjectEndOrFinalNewline
    /// `\G`: where this match attempt started.
    case matchStart
    /// `\b` (or `\B` when negated).
    case wordBoundary(negated: Bool)
}

extension RegexNode {
    /// Whether the node can match without consuming anything (an empty loop body must stop looping).
    var canMatchEmpty: Bool {
        switch self {
        case .empty, .assertion, .lookaround, .backReference, .namedBackReference: return true
        case .character, .anyCharacter, .set: return false
        case .group(let inner, _), .atomic(let inner): return inner.canMatchEmpty
        case .sequence(let items): return items.allSatisfy(\.canMatchEmpty)
        case .alternation(let branches): return branches.contains(where: \.canMatchEmpty)
        case .repetition(let inner, let minimum, _, _): return minimum == 0 || inner.canMatchEmpty
        }
    }

    /// How many characters the node always matches, or nil when that varies (for lookbehind).
    var fixedLength: Int? {
        switch self {
        case .empty, .assertion, .lookaround: return 0
        case .character, .anyCharacter, .set: return 1
        case .backReference, .namedBackReference: return nil
        case .group(let inner, _), .atomic(let inner): return inner.fixedLength
        case .sequence(let items):
            var total = 0
            for item in items {
                guard let length = item.fixedLength else { return nil }
                total += length
            }
            return total
        case .alternation(let branches):
            let lengths = branches.map(\.fixedLength)
            guard let first = lengths.first, let length = first, lengths.allSatisfy({ $0 == length }) else { return nil }
            return length
        case .repetition(let inner, let minimum, let maximum, _):
            guard maximum == minimum, let length = inner.fixedLength else { return nil }
            return length * minimum
        }
    }
}
