import Terms

/// Compiles expressions of one function into its builder.
///
/// `compile(node, tail:)` pushes exactly one value when `tail` is false; when
/// `tail` is true the emitted code leaves the function (returns or tail-calls).
struct ExpressionCompiler {
    let compiler: Compiler
    let context: ModuleContext
    let builder: FunctionBuilder

    /// Compiles a function body: its value is returned.
    func compileBody(_ node: SyntaxNode) {
        compile(node, tail: true)
    }

    /// The instructions of `node` carry its line; those of its parts carry theirs, and the
    /// line goes back to `node`'s after each part, so a call spread over several lines (or a
    /// pipeline stage) is on the line of the call itself, as Elixir reports it.
    func compile(_ node: SyntaxNode, tail: Bool) {
        let outerLine = builder.currentLine
        defer { builder.currentLine = outerLine }
        if node.position.line > 0 { builder.currentLine = Int32(node.position.line) }
        switch node.kind {
        case .integer, .bigInteger, .float, .atom, .string:
            pushConstant(ConstantFolder.value(of: node) ?? .nil, tail: tail)
        case .variable(let name):
            compileVariable(name, node: node, tail: tail)
        case .list(let elements):
            compileList(elements, tail: tail)
        case .pair(let first, let second):
            compile(first, tail: false)
            compile(second, tail: false)
            builder.emit(.makeTuple(2))
            finish(tail)
        case .call(.name("-"), let args) where args.count == 1 && args[0].isNumberLiteral:
            pushConstant(ConstantFolder.value(of: node) ?? .nil, tail: tail)
        case .call(.name(let name), let args):
            compileNamedCall(name, args, node: node, tail: tail)
        case .call(.expression(let callee), let args):
            compileExpressionCall(callee, args, node: node, tail: tail)
        }
    }

    /// Emits a return when in tail position (the value is on the stack).
    func finish(_ tail: Bool) {
        if tail { builder.emitReturn() }
    }

    func pushConstant(_ term: Term, tail: Bool) {
        builder.emit(.pushConstant(builder.constant(term)))
        finish(tail)
    }

    private func compileVariable(_ name: String, node: SyntaxNode, tail: Bool) {
        if name == "__MODULE__" {
            pushConstant(.atom(context.module.name), tail: tail)
            return
        }
        if name == "__STACKTRACE__", builder.resolve(name) == nil {
            pushConstant(.emptyList, tail: tail)
            return
        }
        guard let slot = builder.resolve(name) else {
            let name = MacroHygiene.original(name)
            compiler.report(
                "undefined function \(name)/0 (there is no such import)", at: node,
                hint: "`\(name)` is not a variable here: bind it first (`\(name) = ...`), or check its spelling")
            pushConstant(.nil, tail: tail)
            return
        }
        builder.emit(.pushLocal(slot))
        finish(tail)
    }

    private func compileList(_ elements: [SyntaxNode], tail: Bool) {
        if let last = elements.last, last.callName == "|", let parts = last.arguments, parts.count == 2 {
            for element in elements.dropLast() { compile(element, tail: false) }
            compile(parts[0], tail: false)
            compile(parts[1], tail: false)
            builder.emit(.makeListWithTail(Int32(elements.count)))
        } else {
            for element in elements { compile(element, tail: false) }
            builder.emit(.makeList(Int32(elements.count)))
        }
        finish(tail)
    }

    /// Compiles `nodes` in sequence, keeping the last value.
    func compileBlock(_ nodes: [SyntaxNode], tail: Bool) {
        guard let last = nodes.last else {
            pushConstant(.nil, tail: tail)
            return
        }
        for node in nodes.dropLast() {
            compile(node, tail: false)
            builder.emit(.pop)
        }
        compile(last, tail: tail)
    }

    /// A jump whose target is patched later; returns its index.
    func emitPlaceholderJump() -> Int32 { builder.emit(.jump(Instruction.placeholder)) }

    func patchJump(_ index: Int32, to target: Int32) {
        let instruction = builder.code.instructions[Int(index)]
        builder.patch(index, instruction.retargeted(to: target))
    }
}
