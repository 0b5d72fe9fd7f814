import Terms

/// Turns literal syntax (numbers, atoms, strings, lists, tuples, maps of literals) into terms
/// at compile time: module attributes, struct defaults and pattern literals.
enum ConstantFolder {
    /// The term `node` denotes, or nil when it is not a literal.
    static func value(of node: SyntaxNode) -> Term? {
        switch node.kind {
        case .integer(let value): return .int(value)
        case .bigInteger(let digits): return Term.integer(literal: digits)
        case .float(let value): return .float(value)
        case .atom(let name): return .atom(name)
        case .string(let text): return .string(text)
        case .list(let elements): return list(elements)
        case .pair(let first, let second):
            guard let a = value(of: first), let b = value(of: second) else { return nil }
            return .tuple(a, b)
        case .variable: return nil
        case .call(_, let args): return call(node, args)
        }
    }

    private static func list(_ elements: [SyntaxNode]) -> Term? {
        var items: [Term] = []
        var tail = Term.emptyList
        for (index, element) in elements.enumerated() {
            if index == elements.count - 1, element.callName == "|", let parts = element.arguments, parts.count == 2 {
                guard let head = value(of: parts[0]), let rest = value(of: parts[1]) else { return nil }
                items.append(head)
                tail = rest
            } else {
                guard let item = value(of: element) else { return nil }
                items.append(item)
            }
        }
        return .list(items, tail: tail)
    }

    private static func call(_ node: SyntaxNode, _ args: [SyntaxNode]) -> Term? {
        switch node.callName {
        case "{}":
            let items = args.compactMap(value(of:))
            return items.count == args.count ? .tuple(items) : nil
        case "-" where args.count == 1:
            return value(of: args[0]).flatMap(Term.negate)
        case "<<>>" where args.count == 1:
            if case .string(let text) = args[0].kind { return .string(text) }
            return nil
        case "sigil_w", "sigil_W":
            guard args.count == 2, let text = value(of: args[0]), let modifiers = value(of: args[1]) else { return nil }
            return try? SigilBuiltins.words(text, modifiers: modifiers)
        case "__aliases__":
            return node.aliasSegments.map { .atom("Elixir." + $0.joined(separator: ".")) }
        case "%{}":
            var pairs: [(key: Term, value: Term)] = []
            for arg in args {
                guard case .pair(let k, let v) = arg.kind, let key = value(of: k), let val = value(of: v) else { return nil }
                pairs.append((key, val))
            }
            return .map(MapBox.fromPairs(pairs))
        default:
            return nil
        }
    }
}
