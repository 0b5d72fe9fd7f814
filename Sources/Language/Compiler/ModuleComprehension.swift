import Terms

/// A `for` at the top of a module over a literal list or range (`for n <- [1, 2] do test
/// "doubles #{n}" do ... unquote(n) ... end end`): its forms once per element, the element put
/// where the code asks for it (`unquote(n)`, and the test's name), as Elixir evaluates such a
/// `for` while it compiles the module.
enum ModuleComprehension {
    /// The forms `node` defines, once per element; nil when it is not such a `for`.
    static func unroll(_ node: SyntaxNode) -> [SyntaxNode]? {
        guard node.callName == "for", let args = node.arguments, args.count == 2, let body = args[1].doBlock,
            args[0].callName == "<-", let generator = args[0].arguments, generator.count == 2,
            let values = elements(generator[1])
        else { return nil }
        var forms: [SyntaxNode] = []
        for value in values {
            var bindings: [String: SyntaxNode] = [:]
            guard bind(generator[0], to: value, into: &bindings, at: node.position) else { return nil }
            forms += body.blockItems.map { substitute(bindings, in: $0) }
        }
        return forms
    }

    /// Matches the generator's pattern (variables, tuples and lists of them) against `value`,
    /// giving each variable its part written as a literal; false when it does not fit.
    private static func bind(_ pattern: SyntaxNode, to value: Term, into bindings: inout [String: SyntaxNode], at position: SourcePosition) -> Bool {
        switch (pattern.kind, value) {
        case (.variable(let name), _):
            guard let literal = literal(value, at: position) else { return false }
            if !name.hasPrefix("_") { bindings[name] = literal }
            return true
        case (.pair(let first, let second), .tuple(let box)) where box.elements.count == 2:
            return bind(first, to: box.elements[0], into: &bindings, at: position) && bind(second, to: box.elements[1], into: &bindings, at: position)
        case (.call(.name("{}"), let parts), .tuple(let box)) where box.elements.count == parts.count:
            return zip(parts, box.elements).allSatisfy { bind($0, to: $1, into: &bindings, at: position) }
        default:
            return false
        }
    }

    /// The elements of a literal list, or of `first..last` with literal integers.
    private static func elements(_ node: SyntaxNode) -> [Term]? {
        if node.callName == "..", let bounds = node.arguments, bounds.count == 2,
            case .int(let first)? = ConstantFolder.value(of: bounds[0]), case .int(let last)? = ConstantFolder.value(of: bounds[1])
        {
            return (first <= last ? Array(first...last) : Array((last...first).reversed())).map(Term.int)
        }
        return ConstantFolder.value(of: node)?.properListElements
    }

    /// `value` written as a literal (numbers, atoms, strings, lists and tuples of them).
    private static func literal(_ value: Term, at position: SourcePosition) -> SyntaxNode? {
        switch value {
        case .int(let number): return SyntaxNode(.integer(number), at: position)
        case .float(let number): return SyntaxNode(.float(number), at: position)
        case .atom(let atom): return .atom(atom.name, at: position)
        case .tuple(let box):
            let items = box.elements.compactMap { literal($0, at: position) }
            return items.count == box.elements.count ? .call("{}", items, at: position) : nil
        default:
            if let text = try? value.toDisplayString().get(), case .binary = value { return SyntaxNode(.string(text), at: position) }
            guard let elements = value.properListElements else { return nil }
            let items = elements.compactMap { literal($0, at: position) }
            return items.count == elements.count ? SyntaxNode(.list(items), at: position) : nil
        }
    }

    /// `form` with each `unquote(variable)` replaced by the variable's literal, and the variables
    /// themselves in what Elixir evaluates while compiling the module: a test's title and attributes.
    private static func substitute(_ bindings: [String: SyntaxNode], in form: SyntaxNode) -> SyntaxNode {
        if form.callName == "unquote", let args = form.arguments, args.count == 1, case .variable(let name) = args[0].kind,
            let literal = bindings[name]
        {
            return literal
        }
        if form.callName == "@" { return replacing(bindings, in: form) }
        switch form.kind {
        case .call(var callee, let args):
            var newArgs = args.map { substitute(bindings, in: $0) }
            if case .expression(let expression) = callee, let name = substitute(bindings, in: expression).atomName { callee = .name(name) }
            if form.callName == "test", let title = newArgs.first { newArgs[0] = foldTitle(replacing(bindings, in: title)) }
            return form.with(.call(callee, newArgs))
        case .list(let elements): return form.with(.list(elements.map { substitute(bindings, in: $0) }))
        case .pair(let first, let second): return form.with(.pair(substitute(bindings, in: first), substitute(bindings, in: second)))
        default: return form
        }
    }

    /// `node` with every use of a bound variable replaced by its literal.
    private static func replacing(_ bindings: [String: SyntaxNode], in node: SyntaxNode) -> SyntaxNode {
        switch node.kind {
        case .variable(let name): return bindings[name] ?? node
        case .call(let callee, let args): return node.with(.call(callee, args.map { replacing(bindings, in: $0) }))
        case .list(let elements): return node.with(.list(elements.map { replacing(bindings, in: $0) }))
        case .pair(let first, let second): return node.with(.pair(replacing(bindings, in: first), replacing(bindings, in: second)))
        default: return node
        }
    }

    /// An interpolated title whose parts are all literals (`"doubles #{2}"`) as one string.
    private static func foldTitle(_ title: SyntaxNode) -> SyntaxNode {
        guard title.callName == "<<>>", let segments = title.arguments else { return title }
        var text = ""
        for segment in segments {
            if case .string(let piece) = segment.kind {
                text += piece
                continue
            }
            guard segment.callName == "::", let converted = segment.arguments?.first, let expression = converted.arguments?.last,
                let value = ConstantFolder.value(of: expression.blockItems.count == 1 ? expression.blockItems[0] : expression),
                let shown = try? value.toDisplayString().get()
            else { return title }
            text += shown
        }
        return SyntaxNode(.string(text), at: title.position)
    }
}

extension SyntaxNode {
    /// This node with another kind, its position and parentheses kept.
    func with(_ kind: Kind) -> SyntaxNode {
        var copy = self
        copy.kind = kind
        return copy
    }
}
