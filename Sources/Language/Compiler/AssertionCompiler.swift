import Terms

/// ExUnit's assertion macros, available inside `use ExUnit.Case` modules.
enum Assertion: String {
    case assert, refute
    case assertReceive = "assert_receive", assertReceived = "assert_received"
    case refuteReceive = "refute_receive", refuteReceived = "refute_received"
}

/// Compiles assertions so that a failure raises `ExUnit.AssertionError` with the
/// code, left and right values ExUnit shows.
extension ExpressionCompiler {
    private static let comparisons: Set<String> = ["==", "!=", "===", "!==", "<", ">", "<=", ">="]
    /// Operators whose failing assertion shows both sides, computed by guest code.
    private static let operators: Set<String> = ["=~", "in"]

    func compileAssertion(_ assertion: Assertion, _ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        guard let subject = args.first else {
            compiler.report("\(assertion.rawValue) needs an argument", at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        let code = compiler.sourceText(from: node).sigilsWithQuotes
        switch assertion {
        case .assert, .refute:
            if args.count == 2 {
                compileMessageAssertion(subject, message: args[1], isRefute: assertion == .refute)
            } else {
                compileTruthAssertion(subject, isRefute: assertion == .refute, code: code)
            }
        case .assertReceive, .assertReceived, .refuteReceive, .refuteReceived:
            let waits = assertion == .assertReceive || assertion == .refuteReceive
            let refute = assertion == .refuteReceive || assertion == .refuteReceived
            let timeout = waits ? args.dropFirst().first : nil
            let shortCode = codeWithoutTimeout(code, args)
            let shown = ReceiveAssertionText(
                code: refute ? code.withoutCallParentheses() : shortCode,
                pattern: String(shortCode.dropFirst(assertion.rawValue.count + 1)))
            compileReceiveAssertion(subject, timeout: timeout, defaultTimeout: waits ? 100 : 0, refute: refute, shown: shown)
        }
        finish(tail)
    }

    /// `assert_receive pattern, 50` shows as `assert_receive pattern`.
    private func codeWithoutTimeout(_ code: String, _ args: [SyntaxNode]) -> String {
        guard args.count == 2, let comma = code.lastIndex(of: ",") else { return code.withoutCallParentheses() }
        let head = String(code[..<comma])
        return head.opensCallParenthesis ? head.replacingFirstParenthesis() : head
    }

    private func compileTruthAssertion(_ subject: SyntaxNode, isRefute: Bool, code: String) {
        if !isRefute, subject.callName == "=", let parts = subject.arguments, parts.count == 2 {
            compileAssertMatch(parts[0], parts[1], code: code)
            return
        }
        if let name = subject.callName, Self.comparisons.contains(name), let parts = subject.arguments, parts.count == 2 {
            compile(parts[0], tail: false)
            compile(parts[1], tail: false)
            builder.emit(.pushConstant(builder.constant(.atom(name))))
            builder.emit(.pushConstant(builder.constant(.string(code))))
            builder.emit(.pushConstant(builder.constant(.bool(isRefute))))
            emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("assert_compare"), arity: 5), tail: false)
            return
        }
        if let name = subject.callName, Self.operators.contains(name), let parts = subject.arguments, parts.count == 2 {
            compileOperatorAssertion(name, parts[0], parts[1], isRefute: isRefute, code: code)
            return
        }
        if !isRefute, subject.callName == "match?", let parts = subject.arguments, parts.count == 2 {
            compileMatchQueryAssertion(parts[0], parts[1], code: code)
            return
        }
        compile(subject, tail: false)
        builder.emit(.pushConstant(builder.constant(.string(code))))
        builder.emit(.pushConstant(builder.constant(.bool(isRefute))))
        emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("assert_truthy"), arity: 3), tail: false)
    }

    /// `assert value, "message"` (ExUnit's `assert/2` function): the value is only tested for truth,
    /// and a failure shows the message and the test's source line as its code.
    private func compileMessageAssertion(_ subject: SyntaxNode, message: SyntaxNode, isRefute: Bool) {
        compile(subject, tail: false)
        compile(message, tail: false)
        builder.emit(.pushConstant(builder.constant(.bool(isRefute))))
        emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("assert_message"), arity: 3), tail: false)
    }

    /// `assert left =~ right` and `assert x in list`: both sides are kept in locals, the operator
    /// applied to them, and a failure shows them as `left:` and `right:` as ExUnit does.
    private func compileOperatorAssertion(_ name: String, _ left: SyntaxNode, _ right: SyntaxNode, isRefute: Bool, code: String) {
        let sides = [storedValue(left), storedValue(right)]
        builder.pushScope()
        let names = [" assert left", " assert right"]
        for (name, slot) in zip(names, sides) { builder.bind(name, to: slot) }
        let operands = names.map { SyntaxNode(.variable($0), at: left.position) }
        compile(SyntaxNode(.call(.name(name), operands), at: left.position), tail: false)
        builder.popScope()
        for slot in sides { builder.emit(.pushLocal(slot)) }
        builder.emit(.pushConstant(builder.constant(.atom(name))))
        builder.emit(.pushConstant(builder.constant(.string(code))))
        builder.emit(.pushConstant(builder.constant(.bool(isRefute))))
        emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("assert_operator"), arity: 6), tail: false)
    }

    /// `assert match?(pattern, value)`: a failure is ExUnit's "match (match?) failed" with the
    /// pattern as `left:` and the value as `right:`.
    private func compileMatchQueryAssertion(_ pattern: SyntaxNode, _ value: SyntaxNode, code: String) {
        let slot = storedValue(value)
        builder.pushScope()
        builder.bind(" assert right", to: slot)
        let operand = SyntaxNode(.variable(" assert right"), at: value.position)
        compile(SyntaxNode(.call(.name("match?"), [pattern, operand]), at: value.position), tail: false)
        builder.popScope()
        builder.emit(.pushLocal(slot))
        builder.emit(.pushConstant(builder.constant(.string(code))))
        builder.emit(.pushConstant(builder.constant(.string(ElixirPrinter.source(of: pattern)))))
        emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("assert_match_query"), arity: 4), tail: false)
    }

    /// The pattern text with each aliased struct name written in full (`%Item{` as
    /// `%Inventory.Item{`), as ExUnit shows the pattern it expanded.
    private func withStructAliasesExpanded(_ pattern: String) -> String {
        context.aliases.reduce(pattern) { text, alias in
            let full = alias.value.hasPrefix("Elixir.") ? String(alias.value.dropFirst("Elixir.".count)) : alias.value
            return text.replacingOccurrences(of: "%\(alias.key){", with: "%\(full){")
                .replacingOccurrences(of: "%\(alias.key).", with: "%\(full).")
        }
    }

    /// The slot holding the value of `node`, evaluated once.
    private func storedValue(_ node: SyntaxNode) -> Int32 {
        compile(node, tail: false)
        let slot = builder.newLocal()
        builder.emit(.storeLocal(slot))
        return slot
    }

    /// `assert pattern = value`: binds like `=`, and fails with ExUnit's "match (=) failed".
    private func compileAssertMatch(_ pattern: SyntaxNode, _ value: SyntaxNode, code: String) {
        compile(value, tail: false)
        let subject = builder.newLocal()
        builder.emit(.storeLocal(subject))
        let patterns = PatternCompiler(self)
        patterns.match(pattern, slot: subject)
        patterns.commit()
        let skip = emitPlaceholderJump()
        patchAll(patterns.failJumps, to: builder.nextIndex)
        builder.emit(.pushLocal(subject))
        builder.emit(.pushConstant(builder.constant(.string(code))))
        builder.emit(.pushConstant(builder.constant(.string(withStructAliasesExpanded(code.matchedPattern)))))
        emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("assert_match_failed"), arity: 3), tail: false)
        builder.emit(.pop)
        patchJump(skip, to: builder.nextIndex)
        builder.emit(.pushLocal(subject))
    }

    /// `assert_receive pattern, timeout` (binding the pattern's variables) and `refute_receive`.
    private func compileReceiveAssertion(
        _ subject: SyntaxNode, timeout: SyntaxNode?, defaultTimeout: Int, refute: Bool, shown: ReceiveAssertionText
    ) {
        var pattern = subject
        var guardExpression: SyntaxNode?
        if subject.callName == "when", let parts = subject.arguments, parts.count == 2 {
            pattern = parts[0]
            guardExpression = parts[1]
        }
        if let timeout { compile(timeout, tail: false) } else {
            builder.emit(.pushConstant(builder.constant(.int(defaultTimeout))))
        }
        emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("receive_timeout"), arity: 1), tail: false)
        let timeoutSlot = builder.newLocal()
        builder.emit(.storeLocal(timeoutSlot))
        let message = builder.newLocal()
        let begin = builder.emit(.receiveBegin)
        let next = builder.emit(.receiveNext(slot: message, wait: -1))
        let patterns = PatternCompiler(self)
        patterns.match(pattern, slot: message)
        patterns.commit()
        var fails = patterns.failJumps
        if let guardExpression { fails += compileGuard(guardExpression) }
        builder.emit(.receiveAccept)
        if refute {
            builder.emit(.pushLocal(message))
            builder.emit(.pushConstant(builder.constant(.string(shown.code))))
            builder.emit(.pushConstant(builder.constant(.string(shown.pattern))))
            emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("refute_receive_failed"), arity: 3), tail: false)
        } else {
            builder.emit(.pushLocal(message))
        }
        let end = emitPlaceholderJump()
        patchAll(fails, to: builder.nextIndex)
        builder.emit(.receiveSkip(next: next))
        patchJump(next, to: builder.nextIndex)
        let wait = builder.emit(.receiveWait(slot: timeoutSlot, begin: begin, after: -1))
        builder.patch(wait, .receiveWait(slot: timeoutSlot, begin: begin, after: builder.nextIndex))
        builder.code.receiveSites[Int(wait)] = ReceiveSite(line: subject.position.line, clauses: [(shown.pattern, MessagePattern(subject))])
        if refute {
            builder.emit(.pushConstant(builder.constant(.false)))
        } else {
            builder.emit(.pushLocal(timeoutSlot))
            builder.emit(.pushConstant(builder.constant(.string(shown.code))))
            builder.emit(.pushConstant(builder.constant(.string(shown.pattern))))
            compile(Self.pinnedValues(in: pattern), tail: false)
            emitRemoteCall(RemoteName(module: Atom("proctor"), function: Atom("assert_receive_failed"), arity: 4), tail: false)
        }
        patchJump(end, to: builder.nextIndex)
    }

    /// `[{"b", b}, {"a", a}]` for a pattern pinning `^a` and `^b`: each pinned variable once, in the
    /// order ExUnit lists them under "The following variables were pinned:" (names descending).
    private static func pinnedValues(in pattern: SyntaxNode) -> SyntaxNode {
        var names = Set<String>()
        collectPins(pattern, into: &names)
        let pairs = names.sorted(by: >).map { name in
            SyntaxNode(.pair(SyntaxNode(.string(name), at: pattern.position), SyntaxNode(.variable(name), at: pattern.position)), at: pattern.position)
        }
        return SyntaxNode(.list(pairs), at: pattern.position)
    }

    private static func collectPins(_ node: SyntaxNode, into names: inout Set<String>) {
        switch node.kind {
        case .call(let callee, let arguments):
            if node.callName == "^", arguments.count == 1, let name = arguments[0].variableName {
                names.insert(name)
                return
            }
            if case .expression(let inner) = callee { collectPins(inner, into: &names) }
            for argument in arguments { collectPins(argument, into: &names) }
        case .list(let elements):
            for element in elements { collectPins(element, into: &names) }
        case .pair(let first, let second):
            collectPins(first, into: &names)
            collectPins(second, into: &names)
        default:
            return
        }
    }
}
