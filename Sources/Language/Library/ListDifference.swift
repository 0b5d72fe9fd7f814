import Terms

/// `List.myers_difference/2` and `String.myers_difference/2`: the shortest edit script between
/// two lists, by Myers' greedy search, with Elixir's choices where two scripts are as short
/// (a deletion before an insertion, and its grouping of the edits into runs).
enum ListDifference {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var list = BuiltinModule("Elixir.List")
        list.define("myers_difference", 2) { (args, context) throws(GuestError) -> Term in
            let first = try context.walkedList(args[0])
            let second = try context.walkedList(args[1], position: 2)
            context.charge(first.count * second.count / 16)
            return .list(script(first, second).map { .tuple(.atom($0.kind.rawValue), .list($0.elements)) })
        }
        var string = BuiltinModule("Elixir.String")
        string.define("myers_difference", 2) { (args, context) throws(GuestError) -> Term in
            let first = try ArgumentChecks.string(args[0]).map { Term.string(String($0)) }
            let second = try ArgumentChecks.string(args[1], position: 2).map { Term.string(String($0)) }
            context.charge(first.count * second.count / 16)
            return .list(script(first, second).map { run in
                .tuple(.atom(run.kind.rawValue), .string(run.elements.map { (try? $0.toDisplayString().get()) ?? "" }.joined()))
            })
        }
        return list.builtins + string.builtins
    }

    enum EditKind: String {
        case eq, del, ins
    }

    struct Run {
        var kind: EditKind
        var elements: [Term]
    }

    /// A way through the edit graph: how far along each list it is, its edits in order, and
    /// its depth, the steps it took down the first list (a step off its end counts too).
    private struct Path {
        var depth = 0
        var first: Int
        var second: Int
        var edits: [(EditKind, Term)] = []
    }

    /// The edit script from `first` to `second`, as runs of equal, deleted and inserted elements.
    static func script(_ first: [Term], _ second: [Term]) -> [Run] {
        var paths = [Path(first: 0, second: 0)]
        var envelope = 0
        while true {
            var next: [Path] = []
            for diagonal in stride(from: -envelope, through: envelope, by: 2) {
                var path = predecessor(diagonal, envelope, &paths, first, second)
                while path.first < first.count, path.second < second.count, first[path.first] == second[path.second] {
                    path.edits.append((.eq, first[path.first]))
                    path.first += 1
                    path.second += 1
                    path.depth += 1
                }
                if path.first == first.count, path.second == second.count { return runs(path.edits) }
                next.append(path)
            }
            paths = next
            envelope += 1
        }
    }

    /// The path that reaches `diagonal` from the last round's: down (a deletion) from the one
    /// above it, or right (an insertion) from the one below when that one went deeper.
    private static func predecessor(_ diagonal: Int, _ envelope: Int, _ paths: inout [Path], _ first: [Term], _ second: [Term]) -> Path {
        if envelope == 0 { return paths[0] }
        if diagonal == -envelope { return down(paths[0], first) }
        if diagonal == envelope { return right(paths.removeFirst(), second) }
        let below = paths.removeFirst()
        return below.depth > paths[0].depth ? right(below, second) : down(paths[0], first)
    }

    private static func right(_ path: Path, _ second: [Term]) -> Path {
        var path = path
        if path.second < second.count {
            path.edits.append((.ins, second[path.second]))
            path.second += 1
        }
        return path
    }

    private static func down(_ path: Path, _ first: [Term]) -> Path {
        var path = path
        if path.first < first.count {
            path.edits.append((.del, first[path.first]))
            path.first += 1
        }
        path.depth += 1
        return path
    }

    /// The edits grouped into runs, walking back from the last: equal neighbours join, and an
    /// insertion between two equal runs where the first equals it moves before them
    /// (`eq: [a], ins: [a], eq: [b]` is `ins: [a], eq: [a, b]`), as Elixir groups them.
    private static func runs(_ edits: [(EditKind, Term)]) -> [Run] {
        var reversed: [Run] = []
        var index = edits.count - 1
        while index >= 0 {
            let (kind, element) = edits[index]
            if var last = reversed.last, last.kind == kind {
                last.elements.insert(element, at: 0)
                reversed[reversed.count - 1] = last
                index -= 1
                continue
            }
            let count = reversed.count
            if count >= 3, reversed[count - 1].kind == .eq, reversed[count - 2].kind == .ins, reversed[count - 3].kind == .eq,
                reversed[count - 1].elements == reversed[count - 2].elements
            {
                let moved = reversed[count - 1].elements
                let following = reversed[count - 3].elements
                reversed.removeLast(3)
                reversed.append(Run(kind: .eq, elements: moved + following))
                reversed.append(Run(kind: .ins, elements: moved))
                continue
            }
            reversed.append(Run(kind: kind, elements: [element]))
            index -= 1
        }
        return reversed.reversed()
    }
}
