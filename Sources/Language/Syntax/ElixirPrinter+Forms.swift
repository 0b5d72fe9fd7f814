/// The special forms, operators and do-blocks of `ElixirPrinter`.
extension ElixirPrinter {
    /// Tuples, maps, structs, binaries, aliases, blocks, `fn` and captures; nil for other names.
    static func specialForm(_ name: String, _ arguments: [SyntaxNode], indent: Int) -> String? {
        switch name {
        case "{}": return "{" + self.arguments(arguments, indent: indent) + "}"
        case "%{}": return "%" + mapBody(arguments, indent: indent)
        case "%" where arguments.count == 2:
            return "%" + expression(arguments[0], indent: indent) + mapBody(arguments[1].arguments ?? [], indent: indent)
        case "<<>>": return interpolation(arguments, indent: indent) ?? bitstring(arguments, indent: indent)
        case "__aliases__": return arguments.map { $0.atomName ?? expression($0, indent: indent) }.joined(separator: ".")
        case "__block__": return "(" + arguments.map { expression($0, indent: indent) }.joined(separator: "; ") + ")"
        case "fn": return anonymousFunction(arguments, indent: indent)
        case "&" where arguments.count == 1: return capture(arguments[0], indent: indent)
        case "..//" where arguments.count == 3:
            return operand(arguments[0], power: 200, indent: indent) + ".." + operand(arguments[1], power: 200, indent: indent)
                + "//" + operand(arguments[2], power: 200, indent: indent)
        default: return nil
        }
    }

    /// `<<a, b::4>>`, with a space inside the brackets when a segment starts or ends with
    /// `<` or `>` (`<< <<1::4>>::bits >>`), so the brackets do not run together.
    private static func bitstring(_ arguments: [SyntaxNode], indent: Int) -> String {
        let inner = self.arguments(arguments, indent: indent)
        let spaced = inner.hasPrefix("<") || inner.hasSuffix(">")
        return spaced ? "<< " + inner + " >>" : "<<" + inner + ">>"
    }

    /// `"text #{expression}"` for the binary an interpolated string builds; nil for other binaries.
    private static func interpolation(_ parts: [SyntaxNode], indent: Int) -> String? {
        guard parts.contains(where: { interpolatedValue($0) != nil }) else { return nil }
        var text = "\""
        for part in parts {
            if case .string(let literal) = part.kind {
                text += InspectSpelling.quoted(literal, delimiter: "\"").dropFirst().dropLast()
            } else if let value = interpolatedValue(part) {
                text += "#{" + expression(value, indent: indent) + "}"
            } else {
                return nil
            }
        }
        return text + "\""
    }

    /// `x` in the segment `Kernel.to_string(x) :: binary` that `"#{x}"` makes.
    private static func interpolatedValue(_ segment: SyntaxNode) -> SyntaxNode? {
        guard segment.callName == "::", let sides = segment.arguments, sides.count == 2, sides[1].variableName == "binary",
            let callee = sides[0].remoteCallee, callee.name == "to_string", callee.receiver.atomName == "Elixir.Kernel",
            let values = sides[0].arguments, values.count == 1
        else { return nil }
        return values[0]
    }

    /// The braces of a map or struct: `{key => value}`, `{key: value}` or `{map | key: value}`.
    private static func mapBody(_ entries: [SyntaxNode], indent: Int) -> String {
        if entries.count == 1, entries[0].callName == "|", let sides = entries[0].arguments, sides.count == 2 {
            let updates = sides[1].kind == .list([]) ? [] : sides[1].listElements ?? [sides[1]]
            return "{" + expression(sides[0], indent: indent) + " | " + mapEntries(updates, indent: indent) + "}"
        }
        return "{" + mapEntries(entries, indent: indent) + "}"
    }

    private static func mapEntries(_ entries: [SyntaxNode], indent: Int) -> String {
        let keywords = SyntaxNode(.list(entries), at: SourcePosition(line: 0, column: 0)).keywordEntries
        if let keywords, keywords.allSatisfy({ InspectSpelling.isKeywordKey($0.key) }) {
            return keywordsOrArguments(entries, indent: indent)
        }
        return entries.map { entry in
            guard case .pair(let key, let value) = entry.kind else { return expression(entry, indent: indent) }
            return expression(key, indent: indent) + " => " + expression(value, indent: indent)
        }.joined(separator: ", ")
    }

    /// `&1`, `&name/arity`, `&Mod.fun/arity` or `&(expression)`.
    private static func capture(_ argument: SyntaxNode, indent: Int) -> String {
        if case .integer(let index) = argument.kind { return "&" + String(index) }
        if argument.callName == "/", let parts = argument.arguments, parts.count == 2, case .integer(let arity) = parts[1].kind,
            parts[0].variableName != nil || parts[0].remoteCallee != nil && parts[0].noParentheses
        {
            return "&" + expression(parts[0], indent: indent) + "/" + String(arity)
        }
        return "&(" + expression(argument, indent: indent) + ")"
    }

    /// `fn head -> body end`, on one line when it fits, else with the clauses on lines of their own.
    private static func anonymousFunction(_ clauses: [SyntaxNode], indent: Int) -> String {
        let pad = String(repeating: " ", count: indent)
        if clauses.count == 1 {
            let text = clause(clauses[0], indent: indent)
            return "fn " + text + (text.contains("\n") ? "\n" + pad + "end" : " end")
        }
        let inner = String(repeating: " ", count: indent + 2)
        return "fn\n" + clauses.map { inner + clause($0, indent: indent + 2) }.joined(separator: "\n") + "\n" + pad + "end"
    }

    /// `head -> body`, the body on the next lines when it is a block or spans lines.
    static func clause(_ node: SyntaxNode, indent: Int) -> String {
        guard node.callName == "->", let parts = node.arguments, parts.count == 2 else { return expression(node, indent: indent) }
        let head = clauseHead(parts[0], indent: indent)
        let arrow = head.isEmpty ? "->" : head + " ->"
        let single = expression(parts[1], indent: indent)
        if parts[1].callName != "__block__", !single.contains("\n") { return arrow + " " + single }
        return arrow + "\n" + body(parts[1], indent: indent + 2)
    }

    /// The patterns of a clause, with its guard: `a, b when a > b`.
    private static func clauseHead(_ parameters: SyntaxNode, indent: Int) -> String {
        let patterns = parameters.listElements ?? [parameters]
        if patterns.count == 1, patterns[0].callName == "when", let parts = patterns[0].arguments, parts.count >= 2 {
            let guardText = expression(parts[parts.count - 1], indent: indent)
            return arguments(Array(parts.dropLast()), indent: indent) + " when " + guardText
        }
        return arguments(patterns, indent: indent)
    }

    /// `name args do ... else ... end` for a call whose last argument is a do-block keyword list.
    static func doBlockCall(_ name: String, _ arguments: [SyntaxNode], indent: Int) -> String? {
        guard let blocks = arguments.last?.keywordEntries, blocks.first?.key == "do",
            blocks.allSatisfy({ doBlockKeys.contains($0.key) })
        else { return nil }
        let head = self.arguments(Array(arguments.dropLast()), indent: indent)
        let pad = String(repeating: " ", count: indent)
        let opening = head.isEmpty ? name : head.hasPrefix("-") || head.hasPrefix("+") ? name + "(" + head + ")" : name + " " + head
        var lines = [opening + " do"]
        for (index, block) in blocks.enumerated() {
            if index > 0 { lines.append(pad + block.key) }
            if let content = blockContent(block.value, indent: indent + 2) { lines.append(content) }
        }
        return lines.joined(separator: "\n") + "\n" + pad + "end"
    }

    private static let doBlockKeys: Set<String> = ["do", "else", "after", "rescue", "catch"]

    /// The lines of a do-block section: its `->` clauses, or its body; nil when empty.
    private static func blockContent(_ value: SyntaxNode, indent: Int) -> String? {
        if let clauses = value.listElements, !clauses.isEmpty, clauses.allSatisfy({ $0.callName == "->" }) {
            let pad = String(repeating: " ", count: indent)
            return clauses.map { pad + clause($0, indent: indent) }.joined(separator: "\n")
        }
        if value.callName == "__block__", value.arguments?.isEmpty == true { return nil }
        return body(value, indent: indent)
    }

    /// A prefix or binary operator applied to its operands; nil for other names.
    static func operatorCall(_ name: String, _ arguments: [SyntaxNode], indent: Int) -> String? {
        if arguments.count == 1, OperatorTable.prefixOnly.contains(name) || OperatorTable.dual.contains(name) {
            let inner = operand(arguments[0], power: OperatorTable.unaryPower + 1, indent: indent)
            let merges = OperatorTable.dual.contains(name) && (inner.hasPrefix("-") || inner.hasPrefix("+"))
            return name + (name == "not" ? " " : "") + (merges ? "(" + inner + ")" : inner)
        }
        guard arguments.count == 2, let binding = OperatorTable.binary[name] else { return nil }
        let leftPower = binding.power + (binding.associativity == .right ? 1 : 0)
        let rightPower = binding.power + (binding.associativity == .left ? 1 : 0)
        let left = operand(arguments[0], power: leftPower, indent: indent)
        let right = operand(arguments[1], power: rightPower, indent: indent)
        return name == ".." ? left + ".." + right : left + " " + name + " " + right
    }

    /// True for the `1` of `&1`.
    private static func isCaptureIndex(_ node: SyntaxNode) -> Bool {
        if case .integer = node.kind { return true }
        return false
    }

    /// An operand that needs at least `power` to stay in place, in parentheses when it binds looser.
    private static func operand(_ node: SyntaxNode, power: Int, indent: Int) -> String {
        let text = expression(node, indent: indent)
        guard let name = node.callName, let arguments = node.arguments else { return text }
        let binding: Int?
        switch arguments.count {
        case 2: binding = OperatorTable.binary[name]?.power
        case 1 where name == "&" && !isCaptureIndex(arguments[0]): binding = OperatorTable.capturePower
        default: binding = nil
        }
        guard let binding, binding < power else { return text }
        return "(" + text + ")"
    }
}
