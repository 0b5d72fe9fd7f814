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
            return .list(try script(first, second, context: context).map { .tuple(.atom($0.kind.rawValue), .list($0.elements)) })
        }
        var string = BuiltinModule("Elixir.String")
        string.define("myers_difference", 2) { (args, context) throws(GuestError) -> Term in
            let first = try ArgumentChecks.string(args[0]).map { Term.string(String($0)) }
            let second = try ArgumentChecks.string(args[1], position: 2).map { Term.string(String($0)) }
            return .list(try script(first, second, context: context).map { run in
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

    /// One edit and the edits before it: paths that part share the edits they made together.
    private final class Trail {
        let kind: EditKind
        let element: Term
        var previous: Trail?

        init(_ kind: EditKind, _ element: Term, after previous: Trail?) {
            self.kind = kind
            self.element = element
            self.previous = previous
        }

        /// Frees the edits no other path shares one at a time, not by a recursion as deep as the script.
        deinit {
            var link = previous
            previous = nil
            while isKnownUniquelyReferenced(&link), let node = link {
                link = node.previous
                node.previous = nil
            }
        }
    }

    /// A way through the edit graph: how far along each list it is, its last edit, and its
    /// depth, the steps it took down the first list (a step off its end counts too).
    private struct Path {
        var depth = 0
        var first: Int
        var second: Int
        var edits: Trail?
    }

    /// How many steps one call may take: a builtin is not preempted, so two long lists that
    /// differ everywhere are refused rather than left to stall every process (two to three seconds).
    static let stepLimit = 10_000_000

    /// The edit script from `first` to `second`, as runs of equal, deleted and inserted elements.
    static func script(_ first: [Term], _ second: [Term], context: BuiltinContext) throws(GuestError) -> [Run] {
        var paths = [Path(first: 0, second: 0)]
        var envelope = 0
        var steps = 0
        while true {
            steps += envelope + 1
            guard steps <= stepLimit else {
                throw .argument("the lists differ in too many places for proctor to compare them (over \(stepLimit) steps)")
            }
            context.charge(envelope + 1)
            var next: [Path] = []
            next.reserveCapacity(envelope + 1)
            for index in 0...envelope {
                var path = predecessor(index, envelope, paths, first, second)
                while path.first < first.count, path.second < second.count, first[path.first] == second[path.second] {
                    path.edits = Trail(.eq, first[path.first], after: path.edits)
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

    /// The path that reaches diagonal `index` of this round (its diagonals run from -envelope to
    /// envelope, by two) from the last round's: down (a deletion) from the one above it, at the
    /// same index there, or right (an insertion) from the one below when that one went deeper.
    private static func predecessor(_ index: Int, _ envelope: Int, _ paths: [Path], _ first: [Term], _ second: [Term]) -> Path {
        if envelope == 0 { return paths[0] }
        if index == 0 { return down(paths[0], first) }
        if index == envelope { return right(paths[index - 1], second) }
        return paths[index - 1].depth > paths[index].depth ? right(paths[index - 1], second) : down(paths[index], first)
    }

    private static func right(_ path: Path, _ second: [Term]) -> Path {
        var path = path
        if path.second < second.count {
            path.edits = Trail(.ins, second[path.second], after: path.edits)
            path.second += 1
        }
        return path
    }

    private static func down(_ path: Path, _ first: [Term]) -> Path {
        var path = path
        if path.first < first.count {
            path.edits = Trail(.del, first[path.first], after: path.edits)
            path.first += 1
        }
        path.depth += 1
        return path
    }

    /// The edits grouped into runs, walking back from the last (each run's elements gathered
    /// backwards, then turned round): equal neighbours join, and an
    /// insertion between two equal runs where the first equals it moves before them
    /// (`eq: [a], ins: [a], eq: [b]` is `ins: [a], eq: [a, b]`), as Elixir groups them.
    private static func runs(_ edits: Trail?) -> [Run] {
        var reversed: [Run] = []
        var edit = edits
        while let current = edit {
            let (kind, element) = (current.kind, current.element)
            if reversed.last?.kind == kind {
                reversed[reversed.count - 1].elements.append(element)
                edit = current.previous
                continue
            }
            let count = reversed.count
            if count >= 3, reversed[count - 1].kind == .eq, reversed[count - 2].kind == .ins, reversed[count - 3].kind == .eq,
                reversed[count - 1].elements == reversed[count - 2].elements
            {
                let moved = reversed[count - 1].elements
                let following = reversed[count - 3].elements
                reversed.removeLast(3)
                reversed.append(Run(kind: .eq, elements: following + moved))
                reversed.append(Run(kind: .ins, elements: moved))
                continue
            }
            reversed.append(Run(kind: kind, elements: [element]))
            edit = current.previous
        }
        return reversed.reversed().map { Run(kind: $0.kind, elements: $0.elements.reversed()) }
    }
}
