import Terms

/// Compiles one pattern (or several, for function heads) against values in local slots.
///
/// Every test that does not match jumps to the clause's failure point, collected in
/// `failJumps` for the caller to patch. Variables bound by the pattern become visible
/// only after `commit()`, so a pin `^x` inside it still means the outer `x`.
final class PatternCompiler {
    let expressions: ExpressionCompiler
    private(set) var failJumps: [Int32] = []
    private(set) var bound: [String: (slot: Int32, position: SourcePosition)] = [:]
    /// Variables that appear twice in the pattern: the second occurrence reads the first.
    private var repeated: Set<String> = []
    /// The clause list this pattern is one clause of, whose clauses extract tuple elements into shared slots.
    private let facts: ClauseFacts?
    var builder: FunctionBuilder { expressions.builder }

    init(_ expressions: ExpressionCompiler, facts: ClauseFacts? = nil) {
        self.expressions = expressions
        self.facts = facts
    }

    /// Makes the pattern's variables visible in the current scope.
    func commit() {
        for (name, entry) in bound {
            if repeated.contains(name) {
                builder.bind(name, to: entry.slot)
            } else {
                builder.bindWritten(name, to: entry.slot, at: entry.position)
            }
        }
    }

    func match(_ node: SyntaxNode, slot: Int32) {
        switch node.kind {
        case .variable(let name): matchVariable(name, slot: slot, at: node.position)
        case .integer, .bigInteger, .float, .atom, .string: matchConstant(node, slot: slot)
        case .list(let elements): matchList(elements, slot: slot)
        case .pair(let first, let second): matchTuple([first, second], slot: slot)
        case .call(.name(let name), let args): matchCall(name, args, node: node, slot: slot)
        case .call(.expression, _):
            if let value = constantValue(node) {
                test(.testConstant(slot: slot, index: builder.constant(value), fail: -1))
            } else {
                unsupported(node)
            }
        }
    }

    /// Records that the pattern itself reads `name` (a size in `<<>>`), so it is not reported unused.
    func noteRead(_ name: String) {
        if bound[name] != nil { repeated.insert(name) }
    }

    /// Emits a test whose failure jumps to the clause's failure point.
    func test(_ instruction: Instruction) {
        failJumps.append(builder.emit(instruction))
    }

    private func matchVariable(_ name: String, slot: Int32, at position: SourcePosition) {
        if name.hasPrefix("_"), name != "__CALLER__" { return }
        if let earlier = bound[name] {
            repeated.insert(name)
            test(.testSameAsLocal(slot: slot, other: earlier.slot, fail: -1))
        } else {
            bound[name] = (slot, position)
        }
    }

    private func matchConstant(_ node: SyntaxNode, slot: Int32) {
        let value = ConstantFolder.value(of: node) ?? .nil
        if case .int(let integer) = value, let small = Int32(exactly: integer) {
            test(.testInteger(slot: slot, value: small, fail: -1))
        } else {
            test(.testConstant(slot: slot, index: builder.constant(value), fail: -1))
        }
    }

    private func matchTuple(_ elements: [SyntaxNode], slot: Int32) {
        test(.testTuple(slot: slot, size: Int32(elements.count), fail: -1))
        for (index, element) in elements.enumerated() {
            if isWildcard(element) { continue }
            let into = facts?.slot(forElement: Int32(index), of: slot, builder: builder) ?? builder.newLocal()
            builder.emit(.getElement(slot: slot, index: Int32(index), into: into))
            match(element, slot: into)
        }
    }

    private func matchList(_ elements: [SyntaxNode], slot: Int32) {
        var current = slot
        for (index, element) in elements.enumerated() {
            var head = element
            var tail: SyntaxNode?
            if index == elements.count - 1, element.callName == "|", let parts = element.arguments, parts.count == 2 {
                head = parts[0]
                tail = parts[1]
            }
            test(.testCons(slot: current, fail: -1))
            let pair = builder.newLocalPair()
            builder.emit(.getHeadTail(slot: current, head: pair))
            match(head, slot: pair)
            current = pair + 1
            if let tail {
                match(tail, slot: current)
                return
            }
        }
        test(.testEmptyList(slot: current, fail: -1))
    }

    private func matchCall(_ name: String, _ args: [SyntaxNode], node: SyntaxNode, slot: Int32) {
        switch name {
        case "{}": matchTuple(args, slot: slot)
        case "^":
            guard let inner = args.first, case .variable(let variable) = inner.kind,
                let pinned = builder.resolve(variable)
            else {
                expressions.compiler.report("undefined variable in pin: \(args.first?.shortDescription ?? "")", at: node)
                return
            }
            builder.emit(.pushLocal(pinned))
            test(.testEqualsPopped(slot: slot, fail: -1))
        case "=":
            for side in args { match(side, slot: slot) }
        case "%{}": matchMap(args, slot: slot, node: node)
        case "%": matchStruct(args, slot: slot, node: node)
        case "<>": matchBinaryPrefix(args, slot: slot, node: node)
        case "<<>>": matchBinary(args, slot: slot, node: node)
        case "..", "..//": matchRange(args, slot: slot, node: node)
        case "sigil_c", "sigil_C":
            guard let codes = charlistLiteral(node) else { return unsupported(node) }
            matchList(codes, slot: slot)
        case "++": matchListPrefix(args, slot: slot, node: node)
        case "sigil_D", "sigil_T", "sigil_N", "sigil_U":
            switch CalendarSigil(node: node).expand() {
            case .success(let literal): match(literal, slot: slot)
            case .failure(let failure):
                expressions.compiler.report(failure.message, at: node, exception: failure.exception, frames: failure.frames)
            }
        default:
            if let value = constantValue(node) {
                test(.testConstant(slot: slot, index: builder.constant(value), fail: -1))
            } else {
                unsupported(node)
            }
        }
    }

    private func matchMap(_ args: [SyntaxNode], slot: Int32, node: SyntaxNode) {
        test(.testMap(slot: slot, fail: -1))
        for arg in args {
            guard case .pair(let key, let value) = arg.kind else {
                unsupported(node)
                continue
            }
            if case .call(.name("^"), let pinned) = key.kind, let variable = pinned.first, case .variable(let name) = variable.kind,
                let pinnedSlot = builder.resolve(name)
            {
                builder.emit(.pushLocal(pinnedSlot))
            } else if let keyValue = constantValue(key) {
                builder.emit(.pushConstant(builder.constant(keyValue)))
            } else {
                expressions.compiler.report("illegal map key in pattern", at: key)
                continue
            }
            let into = builder.newLocal()
            test(.getMapValue(slot: slot, into: into, fail: -1))
            match(value, slot: into)
        }
    }

    /// `first..last` and `first..last//step`: a `%Range{}` with those fields (any step for the first form).
    private func matchRange(_ args: [SyntaxNode], slot: Int32, node: SyntaxNode) {
        let fields = ["__struct__", "first", "last", "step"].prefix(args.count + 1)
        let values = [SyntaxNode(.atom("Elixir.Range"), at: node.position)] + args
        let pairs = zip(fields, values).map { field, value in
            SyntaxNode(.pair(SyntaxNode(.atom(field), at: node.position), value), at: node.position)
        }
        matchMap(pairs, slot: slot, node: node)
    }

    private func matchStruct(_ args: [SyntaxNode], slot: Int32, node: SyntaxNode) {
        guard args.count == 2, let fields = args[1].arguments else {
            unsupported(node)
            return
        }
        var pairs = fields
        if case .variable(let name) = args[0].kind {
            let nameKey = SyntaxNode(.atom("__struct__"), at: node.position)
            pairs.append(SyntaxNode(.pair(nameKey, SyntaxNode(.variable(name), at: node.position)), at: node.position))
        } else if let module = expressions.moduleAtom(args[0]) {
            let nameKey = SyntaxNode(.atom("__struct__"), at: node.position)
            pairs.insert(SyntaxNode(.pair(nameKey, SyntaxNode(.atom(module.name), at: node.position)), at: node.position), at: 0)
        }
        matchMap(pairs, slot: slot, node: node)
    }

    private func matchBinaryPrefix(_ args: [SyntaxNode], slot: Int32, node: SyntaxNode) {
        guard args.count == 2, case .string(let prefix) = args[0].kind else {
            unsupported(node)
            return
        }
        let rest = builder.newLocal()
        builder.emit(.pushLocal(slot))
        builder.emit(.storeLocal(rest))
        test(.testBinaryPrefix(slot: rest, index: builder.constant(.string(prefix)), fail: -1))
        let wholeBytes = builder.newLocal()
        let spec = BinarySegment.spec(SegmentType(kind: .binary), size: .atom("all"))
        test(.takeBinarySegment(slot: rest, index: builder.constant(spec), into: wholeBytes, fail: -1))
        match(args[1], slot: wholeBytes)
    }

    /// `[a, b] ++ rest` (or `~c"ab" ++ rest`): the literal list's elements, then `rest` as the tail.
    private func matchListPrefix(_ args: [SyntaxNode], slot: Int32, node: SyntaxNode) {
        guard args.count == 2 else { return unsupported(node) }
        let prefix: [SyntaxNode]
        if case .list(let elements) = args[0].kind, elements.last?.callName != "|" {
            prefix = elements
        } else if let codes = charlistLiteral(args[0]) {
            prefix = codes
        } else {
            return unsupported(node)
        }
        guard let last = prefix.last else { return match(args[1], slot: slot) }
        let tail = SyntaxNode.call("|", [last, args[1]], at: node.position)
        matchList(Array(prefix.dropLast()) + [tail], slot: slot)
    }

    /// The code points of `~c"text"` (without interpolation) as integer literals.
    private func charlistLiteral(_ node: SyntaxNode) -> [SyntaxNode]? {
        guard let name = node.callName, name == "sigil_c" || name == "sigil_C", let args = node.arguments, args.count == 2,
            args[0].callName == "<<>>", let parts = args[0].arguments
        else { return nil }
        var text = ""
        for part in parts {
            guard case .string(let piece) = part.kind else { return nil }
            text += piece
        }
        return text.unicodeScalars.map { SyntaxNode(.integer(Int($0.value)), at: node.position) }
    }

    private func isWildcard(_ node: SyntaxNode) -> Bool {
        if case .variable(let name) = node.kind { return name == "_" }
        return false
    }

    private func constantValue(_ node: SyntaxNode) -> Term? {
        if let aliasAtom = node.aliasSegments.flatMap({ _ in expressions.moduleAtom(node) }) { return .atom(aliasAtom) }
        if node.callName == "@", let inner = node.arguments?.first, case .variable(let name) = inner.kind {
            expressions.context.readAttributes.insert(name)
            return expressions.context.attributes[name]
        }
        return ConstantFolder.value(of: node)
    }

    /// Reports a pattern proctor cannot compile.
    func unsupported(_ node: SyntaxNode) {
        expressions.compiler.report("proctor does not support this pattern: \(node.shortDescription)", at: node)
    }
}
