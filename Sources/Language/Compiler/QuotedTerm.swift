import Terms

/// Converts between syntax trees and Elixir's quoted form as terms: a macro receives its
/// arguments as quoted terms (`{name, [line: n], args}`, variables `{name, [line: n], nil}`) and
/// returns a quoted term that is compiled back into syntax where the macro was called.
enum QuotedTerm {
    /// `node` as Elixir's quoted form, with each node's line in its metadata.
    static func term(of node: SyntaxNode) -> Term {
        let meta = Term.list([.tuple(.atom("line"), .int(node.position.line))])
        switch node.kind {
        case .integer(let value): return .int(value)
        case .bigInteger(let digits): return Term.integer(literal: digits) ?? .int(0)
        case .float(let value): return .float(value)
        case .atom(let name): return .atom(name)
        case .string(let text): return .string(text)
        case .list(let elements): return .list(elements.map(term(of:)))
        case .pair(let first, let second): return .tuple(term(of: first), term(of: second))
        case .variable(let name): return .tuple(.atom(name), meta, .nil)
        case .call(.name(let name), let arguments):
            return .tuple(.atom(name), callMeta(meta, node), .list(arguments.map(term(of:))))
        case .call(.expression(let callee), let arguments):
            return .tuple(term(of: callee), callMeta(meta, node), .list(arguments.map(term(of:))))
        }
    }

    private static func callMeta(_ meta: Term, _ node: SyntaxNode) -> Term {
        guard node.noParentheses else { return meta }
        return .list([.tuple(.atom("no_parens"), .true), .tuple(.atom("line"), .int(node.position.line))])
    }

    /// Why a term is not valid quoted form.
    struct Invalid: Error {
        /// The offending part, as `inspect` prints it.
        let term: Term
    }

    /// The syntax `term` stands for; nodes without a `line:` in their metadata get `position`.
    /// Variables a macro introduced (whose context is a module) are renamed by `hygiene` so they
    /// cannot meet the caller's.
    static func syntax(of term: Term, at position: SourcePosition, hygiene: (String, Atom) -> String = { name, _ in name })
        throws(Invalid) -> SyntaxNode
    {
        switch term {
        case .int(let value): return SyntaxNode(.integer(value), at: position)
        case .bigInt: return SyntaxNode(.bigInteger(term.inspect()), at: position)
        case .float(let value): return SyntaxNode(.float(value), at: position)
        case .atom(let atom): return SyntaxNode(.atom(atom.name), at: position)
        case .binary(let box):
            guard let text = String(validating: box.bytes, as: UTF8.self) else { throw Invalid(term: term) }
            return SyntaxNode(.string(text), at: position)
        case .emptyList, .cons:
            guard let elements = term.properListElements else { throw Invalid(term: term) }
            var nodes: [SyntaxNode] = []
            for element in elements { nodes.append(try syntax(of: element, at: position, hygiene: hygiene)) }
            return SyntaxNode(.list(nodes), at: position)
        case .tuple(let box) where box.elements.count == 2:
            let first = try syntax(of: box.elements[0], at: position, hygiene: hygiene)
            return SyntaxNode(.pair(first, try syntax(of: box.elements[1], at: position, hygiene: hygiene)), at: position)
        case .tuple(let box) where box.elements.count == 3:
            return try node(box.elements[0], box.elements[1], box.elements[2], whole: term, at: position, hygiene: hygiene)
        default:
            throw Invalid(term: term)
        }
    }

    /// A three-element tuple: a variable `{name, meta, context}` or a call `{callee, meta, args}`.
    private static func node(
        _ head: Term, _ meta: Term, _ tail: Term, whole: Term, at fallback: SourcePosition, hygiene: (String, Atom) -> String
    ) throws(Invalid) -> SyntaxNode {
        guard let metaList = meta.properListElements else { throw Invalid(term: whole) }
        let position = line(in: metaList).map { SourcePosition(line: $0, column: 1) } ?? fallback
        if case .atom(let name) = head, case .atom(let context) = tail {
            if context == .nil || name.name.hasPrefix("__") || name.name == "_" { return SyntaxNode(.variable(name.name), at: position) }
            return SyntaxNode(.variable(hygiene(name.name, context)), at: position)
        }
        guard let arguments = tail.properListElements else { throw Invalid(term: whole) }
        if head == .atom("__aliases__"), case .atom(let module)? = value(of: "alias", in: metaList), module.name != "false" {
            return SyntaxNode(.atom(module.name), at: position)
        }
        if case .atom(let name) = head, name.name == "var!", arguments.count == 1,
            case .tuple(let variable) = arguments[0], variable.elements.count == 3, case .atom(let varName) = variable.elements[0]
        {
            return SyntaxNode(.variable(varName.name), at: position)
        }
        if head == .atom("&"), arguments.count == 1, let named = try capturedName(arguments[0], at: position) {
            return SyntaxNode(.call(.name("&"), [named]), at: position)
        }
        var nodes: [SyntaxNode] = []
        for (index, argument) in arguments.enumerated() {
            let keepsName = index == 1 && head == .atom("::") || index == 0 && namingForms.contains(head)
            nodes.append(try syntax(of: argument, at: position, hygiene: keepsName && isVariable(argument) ? { name, _ in name } : hygiene))
        }
        let noParentheses = metaList.contains { $0 == .tuple(.atom("no_parens"), .true) }
        switch head {
        case .atom(let name): return SyntaxNode(.call(.name(name.name), nodes), at: position, noParentheses: noParentheses)
        case .tuple:
            let callee = try syntax(of: head, at: position, hygiene: hygiene)
            return SyntaxNode(.call(.expression(callee), nodes), at: position, noParentheses: noParentheses)
        default: throw Invalid(term: whole)
        }
    }

    /// Forms whose first argument, written as a bare name, names something rather than reads a
    /// variable (`def name, do: ...`, `@name`): hygiene leaves that name alone.
    private static let namingForms: Set<Term> = Set(["def", "defp", "defmacro", "defmacrop", "defguard", "defguardp", "@"].map { Term.atom($0) })

    /// `name/arity` in `&name/arity`, whose name stays as written.
    private static func capturedName(_ term: Term, at position: SourcePosition) throws(Invalid) -> SyntaxNode? {
        guard case .tuple(let slash) = term, slash.elements.count == 3, slash.elements[0] == .atom("/"),
            let parts = slash.elements[2].properListElements, parts.count == 2, isVariable(parts[0]),
            case .tuple(let variable) = parts[0], case .atom(let name) = variable.elements[0]
        else { return nil }
        let arity = try syntax(of: parts[1], at: position)
        return SyntaxNode(.call(.name("/"), [SyntaxNode(.variable(name.name), at: position), arity]), at: position)
    }

    private static func isVariable(_ term: Term) -> Bool {
        guard case .tuple(let box) = term, box.elements.count == 3, case .atom = box.elements[0], case .atom = box.elements[2] else { return false }
        return true
    }

    /// The line of a node: its `keep: {file, line}` (`quote location: :keep`), else its `line:`.
    private static func line(in meta: [Term]) -> Int? {
        if case .tuple(let kept)? = value(of: "keep", in: meta), kept.elements.count == 2, case .int(let line) = kept.elements[1] {
            return line
        }
        if case .int(let line)? = value(of: "line", in: meta) { return line }
        return nil
    }

    private static func value(of key: String, in meta: [Term]) -> Term? {
        for entry in meta {
            if case .tuple(let pair) = entry, pair.elements.count == 2, pair.elements[0] == .atom(key) { return pair.elements[1] }
        }
        return nil
    }
}
