import Terms

/// `left |> f(args)` is `f(left, args)`; piping into anything but a call is Elixir's ArgumentError.
enum PipeDesugaring {
    static func expand(_ node: SyntaxNode, report: (String, SyntaxNode) -> Void) -> SyntaxNode {
        guard let args = node.arguments, args.count == 2 else { return node }
        let left = args[0]
        let right = args[1]
        switch right.kind {
        case .call(let callee, let rightArgs):
            return SyntaxNode(.call(callee, [left] + rightArgs), at: right.position)
        case .variable(let name):
            return SyntaxNode(.call(.name(name), [left]), at: right.position)
        default:
            report(
                "cannot pipe \(left.shortDescription) into \(right.shortDescription), can only pipe into local calls foo(), "
                    + "remote calls Foo.bar() or anonymous function calls foo.()", node)
            return SyntaxNode(.atom("nil"), at: node.position)
        }
    }
}

/// Captures: `&Mod.f/2`, `&f/1` and `&(&1 + &2)` become `fn` literals whose parameters are
/// named `&1`, `&2`, ... (names no one can write), so the compiler knows a capture of a
/// whole remote function (`ExternalCapture`).
struct CaptureDesugaring {
    let node: SyntaxNode

    /// The highest capture argument Elixir accepts (`&255`).
    static let maximumArity = 255

    func expand(report: (String, SyntaxNode) -> Void) -> SyntaxNode {
        guard let inner = node.arguments?.first else { return node }
        if inner.callName == "/", let parts = inner.arguments, parts.count == 2, case .integer(let arity) = parts[1].kind {
            guard arity <= Self.maximumArity else {
                report("capture argument &\(arity) must be numbered between 1 and \(Self.maximumArity)", node)
                return SyntaxNode(.atom("nil"), at: node.position)
            }
            let params = (1...max(arity, 1)).prefix(arity).map { variable("&\($0)") }
            switch parts[0].kind {
            case .call(.expression(let callee), _):
                return fn(params, SyntaxNode(.call(.expression(callee), params), at: node.position))
            case .variable(let name), .call(.name(let name), _):
                return fn(params, SyntaxNode(.call(.name(name), params), at: node.position))
            default: break
            }
        }
        var highest = 0
        let body = replacePlaceholders(inner, highest: &highest)
        guard highest <= Self.maximumArity else {
            report("capture argument &\(highest) must be numbered between 1 and \(Self.maximumArity)", node)
            return SyntaxNode(.atom("nil"), at: node.position)
        }
        if highest == 0 {
            report("invalid args for &, expected one of: &Mod.fun/arity, &fun/arity, or an expression with &1", node)
        }
        return fn((0..<highest).map { variable("&\($0 + 1)") }, body)
    }

    private func replacePlaceholders(_ node: SyntaxNode, highest: inout Int) -> SyntaxNode {
        switch node.kind {
        case .call(.name("&"), let args):
            if args.count == 1, case .integer(let index) = args[0].kind {
                highest = max(highest, index)
                return variable("&\(index)")
            }
            return node
        case .call(let callee, let args):
            var newCallee = callee
            if case .expression(let expression) = callee {
                newCallee = .expression(replacePlaceholders(expression, highest: &highest))
            }
            let newArgs = args.map { replacePlaceholders($0, highest: &highest) }
            return SyntaxNode(.call(newCallee, newArgs), at: node.position, noParentheses: node.noParentheses)
        case .list(let items):
            return SyntaxNode(.list(items.map { replacePlaceholders($0, highest: &highest) }), at: node.position)
        case .pair(let a, let b):
            return SyntaxNode(.pair(replacePlaceholders(a, highest: &highest), replacePlaceholders(b, highest: &highest)), at: node.position)
        default:
            return node
        }
    }

    private func variable(_ name: String) -> SyntaxNode {
        SyntaxNode(.variable(name), at: node.position)
    }

    private func fn(_ params: [SyntaxNode], _ body: SyntaxNode) -> SyntaxNode {
        let clause = SyntaxNode(.call(.name("->"), [SyntaxNode(.list(params), at: node.position), body]), at: node.position)
        return SyntaxNode(.call(.name("fn"), [clause]), at: node.position)
    }
}

/// `for` comprehensions become nested `Enum.reduce` calls that build the list in reverse,
/// then `:lists.reverse/1` (`Enum.uniq/1` for `uniq: true`, `Enum.into/2` for `into:`); with `reduce:` the body's clauses
/// take the accumulator instead. `ComprehensionCompiler` compiles the common forms to loops instead and uses the
/// parts below for what it leaves to `Enum.reduce`.
struct ForDesugaring {
    let node: SyntaxNode
    let args: [SyntaxNode]

    /// The hidden variable that holds the accumulator (no learner can write a name with a space).
    static let accumulatorName = "for accumulator"
    /// The hidden variable that holds the `into:` collectable, evaluated before the generators as Elixir does.
    static let collectableName = "for collectable"

    func expand(report: (String, SyntaxNode) -> Void) -> SyntaxNode {
        guard let body = options?.doBlock else {
            report("for needs a do block", node)
            return atom("nil")
        }
        if let unsized = qualifiers.compactMap(BitstringGenerator.init).first(where: { $0.bitCount == nil && !$0.isUTF8 }) {
            report("proctor supports only segments of a fixed size in a bitstring generator: \(unsized.source.shortDescription)", node)
            return atom("nil")
        }
        if let initial = option("reduce") {
            return build(qualifiers[...], innermost: reductionStep(body), initial: initial)
        }
        let reduced = build(qualifiers[...], innermost: listStep(body), initial: SyntaxNode(.list([]), at: node.position))
        var values = remote("lists", "reverse", [reduced])
        if let uniq = option("uniq"), uniq.atomName == "true" {
            values = remote("Elixir.Enum", "uniq", [values])
        }
        if let into = option("into") {
            return remote("Elixir.Enum", "into", [values, into])
        }
        return values
    }

    /// The keyword list that holds the do block.
    private var options: SyntaxNode? { args.last }

    /// The generators and filters, in order.
    var qualifiers: [SyntaxNode] { args.dropLast().filter { !isOptions($0) } }

    /// The comprehension's body, when it has a do block.
    var body: SyntaxNode? { options?.doBlock }

    /// Whether the argument is a keyword list of options (`into:`, `reduce:`) rather than a qualifier.
    private func isOptions(_ node: SyntaxNode) -> Bool {
        guard case .list(let items) = node.kind, let first = items.first, case .pair = first.kind else { return false }
        return true
    }

    /// The value of an option given before or with the do block.
    func option(_ name: String) -> SyntaxNode? {
        args.lazy.filter(isOptions).compactMap { $0.keywordValue(name) }.first
    }

    /// The innermost step of a list comprehension: `[body | accumulator]`.
    func listStep(_ body: SyntaxNode) -> SyntaxNode {
        SyntaxNode(.list([cons(body, variable(Self.accumulatorName))]), at: node.position)
    }

    /// The innermost step of a `reduce:` comprehension: the body's clauses matched against the accumulator.
    func reductionStep(_ body: SyntaxNode) -> SyntaxNode {
        SyntaxNode(.call(.name("case"), [variable(Self.accumulatorName), keyword("do", body)]), at: node.position)
    }

    /// What a list comprehension gives for its reversed list in `values` (`:lists.reverse`, then `uniq:` and `into:`,
    /// whose collectable is in the hidden variable `collectableName`).
    func finished(_ values: SyntaxNode) -> SyntaxNode {
        var result = remote("lists", "reverse", [values])
        if let uniq = option("uniq"), uniq.atomName == "true" {
            result = remote("Elixir.Enum", "uniq", [result])
        }
        if option("into") != nil {
            return remote("Elixir.Enum", "into", [result, variable(Self.collectableName)])
        }
        return result
    }

    /// The generator `pattern <- source` as a list generator (a bitstring generator reads the binary's chunks), or nil
    /// for a filter.
    func generator(_ qualifier: SyntaxNode) -> (pattern: SyntaxNode, source: SyntaxNode)? {
        let first = BitstringGenerator(qualifier)?.listGenerator(at: node.position) ?? qualifier
        guard first.callName == "<-", let parts = first.arguments, parts.count == 2 else { return nil }
        return (parts[0], parts[1])
    }

    /// Nested `Enum.reduce` calls over `qualifiers` (the first one a generator), starting from `initial`, each element
    /// ending in `innermost`.
    func build(_ qualifiers: ArraySlice<SyntaxNode>, innermost: SyntaxNode, initial: SyntaxNode) -> SyntaxNode {
        guard let qualifier = qualifiers.first else { return innermost }
        let accumulator = variable(Self.accumulatorName)
        let rest = build(qualifiers.dropFirst(), innermost: innermost, initial: accumulator)
        if let (pattern, source) = generator(qualifier) {
            let element = variable("for element")
            let matched = arrow([pattern], rest)
            let skipped = arrow([variable("_")], accumulator)
            let caseNode = SyntaxNode(.call(.name("case"), [element, keyword("do", SyntaxNode(.list([matched, skipped]), at: node.position))]), at: node.position)
            let reducer = SyntaxNode(.call(.name("fn"), [arrow([element, accumulator], caseNode)]), at: node.position)
            return remote("Elixir.Enum", "reduce", [source, initial, reducer])
        }
        let condition = SyntaxNode(
            .call(.name("if"), [qualifier, SyntaxNode(.list([pair("do", rest), pair("else", accumulator)]), at: node.position)]),
            at: node.position)
        return condition
    }

    private func cons(_ head: SyntaxNode, _ tail: SyntaxNode) -> SyntaxNode {
        SyntaxNode(.call(.name("|"), [head, tail]), at: node.position)
    }

    private func arrow(_ patterns: [SyntaxNode], _ body: SyntaxNode) -> SyntaxNode {
        SyntaxNode(.call(.name("->"), [SyntaxNode(.list(patterns), at: node.position), body]), at: node.position)
    }

    private func keyword(_ key: String, _ value: SyntaxNode) -> SyntaxNode {
        SyntaxNode(.list([pair(key, value)]), at: node.position)
    }

    private func pair(_ key: String, _ value: SyntaxNode) -> SyntaxNode {
        SyntaxNode(.pair(atom(key), value), at: node.position)
    }

    private func atom(_ name: String) -> SyntaxNode { SyntaxNode(.atom(name), at: node.position) }

    /// A reference to variable `name`.
    func variable(_ name: String) -> SyntaxNode { SyntaxNode(.variable(name), at: node.position) }

    private func remote(_ module: String, _ function: String, _ args: [SyntaxNode]) -> SyntaxNode {
        let dot = SyntaxNode(.call(.name("."), [atom(module), atom(function)]), at: node.position)
        return SyntaxNode(.call(.expression(dot), args), at: node.position)
    }
}

/// A bitstring generator `<<r::8, g::8, b::8 <- pixels>>` read as a list generator over the
/// binary's chunks (`:proctor.binary_chunks(pixels, 3)`), each matched with `<<r::8, g::8, b::8>>`.
struct BitstringGenerator {
    let segments: [SyntaxNode]
    let source: SyntaxNode

    init?(_ qualifier: SyntaxNode) {
        guard qualifier.callName == "<<>>", let args = qualifier.arguments, let last = args.last,
            last.callName == "<-", let parts = last.arguments, parts.count == 2
        else { return nil }
        segments = args.dropLast() + [parts[0]]
        source = parts[1]
    }

    /// `pattern <- :proctor.binary_chunks(source, unit)`, where the unit is the segments' size
    /// in bits, or `:utf8` for one UTF-8 segment.
    func listGenerator(at position: SourcePosition) -> SyntaxNode {
        let pattern = SyntaxNode(.call(.name("<<>>"), segments), at: position)
        let unit: SyntaxNode = isUTF8 ? SyntaxNode(.atom("utf8"), at: position) : SyntaxNode(.integer(bitCount ?? 8), at: position)
        let dot = SyntaxNode(.call(.name("."), [SyntaxNode(.atom("proctor"), at: position), SyntaxNode(.atom("binary_chunks"), at: position)]), at: position)
        let chunks = SyntaxNode(.call(.expression(dot), [source, unit]), at: position)
        return SyntaxNode(.call(.name("<-"), [pattern, chunks]), at: position)
    }

    /// Whether the generator takes one UTF-8 character at a time.
    var isUTF8: Bool {
        segments.count == 1 && segments[0].callName == "::" && segments[0].arguments?.last.map(Self.typeName) == "utf8"
    }

    /// The segments' total size in bits; nil when a segment's size is not a literal.
    var bitCount: Int? {
        var total = 0
        for segment in segments {
            guard segment.callName == "::", let node = segment.arguments?.last else {
                total += 8
                continue
            }
            guard let spec = try? BinarySegmentSpec(node), let size = spec.size == nil ? spec.type.defaultSize : spec.literalSize else {
                return nil
            }
            total += size * spec.type.unit
        }
        return total
    }

    private static func typeName(_ node: SyntaxNode) -> String? {
        if case .variable(let name) = node.kind { return name }
        return node.callName
    }
}
