import Terms

/// `left -- right`: for each element of `right`, the first remaining occurrence in `left`
/// (compared with `===`) is taken out. Counting `right`'s elements first makes it linear:
/// taking out the first k occurrences of a value is the same as taking them one at a time.
enum ListSubtraction {
    static func subtract(_ right: [Term], from left: [Term]) -> [Term] {
        guard !right.isEmpty else { return left }
        var toRemove: [Term: Int] = [:]
        for element in right { toRemove[element, default: 0] += 1 }
        var kept: [Term] = []
        kept.reserveCapacity(left.count)
        for element in left {
            if let count = toRemove[element], count > 0 {
                toRemove[element] = count - 1
            } else {
                kept.append(element)
            }
        }
        return kept
    }
}
