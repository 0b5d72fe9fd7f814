/// One search as Erlang's `re:run/3` runs it, for the first match or (with `global`) all of
/// them, in slices of steps: the builtin runs a slice, and a search that is not done waits in
/// its process (`RegexSearches`) while the guest loops back for the next slice, so a long or
/// catastrophic match is preempted like any other guest work.
/// After an empty match, the next search must not match empty at the same place (PCRE's
/// `NOTEMPTY_ATSTART` with `ANCHORED`), and failing that moves on by one character.
final class RegexSearch {
    /// Where a search stands after a slice.
    enum Progress {
        /// Done: the capture slots of each match, or nil when the step limit was reached
        /// (Erlang then answers `:nomatch`).
        case finished([[Int]]?)
        /// More steps are needed.
        case paused
    }

    /// The matcher, which counts the steps taken.
    let matcher: RegexMatcher
    private let global: Bool
    private var found: [[Int]] = []
    private var start: Int
    private var afterEmpty = false

    /// A search of `matcher`'s subject from byte `offset`.
    init(_ matcher: RegexMatcher, from offset: Int, global: Bool) {
        self.matcher = matcher
        self.global = global
        start = offset
        matcher.begin(from: offset)
    }

    /// Runs the search for about `budget` steps.
    func run(steps budget: Int) -> Progress {
        let limit = matcher.steps &+ budget
        while matcher.steps < limit {
            switch matcher.resume(steps: limit - matcher.steps) {
            case .paused: return .paused
            case .stepLimitReached: return .finished(nil)
            case .noMatch where afterEmpty:
                afterEmpty = false
                start += matcher.characterLength(at: start)
                guard start <= matcher.subject.count else { return .finished(found) }
                matcher.begin(from: start)
            case .noMatch:
                return .finished(found)
            case .match(let slots):
                found.append(slots)
                if !global { return .finished(found) }
                afterEmpty = slots[1] == slots[0]
                start = slots[1]
                matcher.begin(from: start, anchored: afterEmpty, notEmpty: afterEmpty)
            }
        }
        return .paused
    }

    /// Runs the search to its end (for callers that cannot yield, such as tests).
    func runToEnd() -> [[Int]]? {
        while true {
            if case .finished(let result) = run(steps: Int.max / 2) { return result }
        }
    }
}
