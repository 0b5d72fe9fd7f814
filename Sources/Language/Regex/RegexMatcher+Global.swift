/// Searching for one match or all of them, as Erlang's `re:run/3` does with and without `global`.
extension RegexMatcher {
    /// The capture slots of the first match from `offset`, or of every match with `global`; nil when
    /// a search reached the step limit (Erlang then answers `:nomatch`).
    /// After an empty match, the next search must not match empty at the same place (PCRE's
    /// `NOTEMPTY_ATSTART` with `ANCHORED`), and failing that moves on by one character.
    func matches(from offset: Int, global: Bool) -> [[Int]]? {
        var found: [[Int]] = []
        var start = offset
        var afterEmpty = false
        while start <= subject.count {
            let outcome = afterEmpty ? search(from: start, anchored: true, notEmpty: true) : search(from: start)
            switch outcome {
            case .stepLimitReached:
                return nil
            case .noMatch where afterEmpty:
                afterEmpty = false
                start += characterLength(at: start)
                continue
            case .noMatch:
                return found
            case .match(let slots):
                found.append(slots)
                if !global { return found }
                afterEmpty = slots[1] == slots[0]
                start = slots[1]
            }
        }
        return found
    }
}
