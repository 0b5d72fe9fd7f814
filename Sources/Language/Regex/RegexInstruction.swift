/// One step of a compiled regular expression, run by `RegexMatcher`.
enum RegexInstruction: Sendable {
    /// One exact character.
    case character(UInt32)
    /// Any one of several characters (a character and its other cases).
    case characterIn([UInt32])
    /// Any character.
    case anyCharacter
    /// Any character but a newline.
    case anyButNewline
    /// A character in the program's set at this index.
    case set(Int)
    /// A zero-width test.
    case assertion(RegexAssertion)
    /// Goes on at the first target; on backtracking, at the second from the same position.
    case split(Int, Int)
    /// Goes on at the target.
    case jump(Int)
    /// Records the position in a capture slot (group n uses slots 2n and 2n+1).
    case save(Int)
    /// The text group n captured, again.
    case backReference(Int, caseless: Bool)
    /// Records the position in a loop register at the start of an iteration that may match nothing.
    case enterLoop(Int)
    /// Loops back to `top` unless the iteration consumed nothing (PCRE then leaves the loop).
    case loopAgain(Int, top: Int)
    /// Runs a lookaround or atomic body on its own, then goes on after it.
    case subMatch(RegexSubMatch)
    /// The end of a lookaround or atomic body.
    case succeed
    /// The end of the pattern: a match.
    case match
}

/// A body matched on its own: a lookaround (ahead, or behind by a fixed number of characters)
/// or an atomic group.
struct RegexSubMatch: Sendable {
    /// What the body does.
    enum Kind: Sendable {
        /// `(?=...)` or `(?!...)`.
        case ahead
        /// `(?<=...)` or `(?<!...)`: the body starts this many characters back.
        case behind(Int)
        /// `(?>...)`: the match goes on from where the body ended, without backtracking into it.
        case atomic
    }

    let kind: Kind
    /// Whether the body must fail (`(?!...)`, `(?<!...)`).
    let negated: Bool
    /// Where the body starts.
    let body: Int
    /// Where the program goes on after the body.
    var next: Int
}
