import Terms

/// `for` comprehensions as loops in the function's own code (`ForDesugaring` says what they mean).
///
/// A generator over a list walks it cell by cell and one over a range (`%Range{}`) counts from
/// `first` by `step`; its pattern, the filters and the body run inline, so an element costs no call
/// and no closure. Every element, kept or not, passes one backward `jump`, which charges a
/// reduction, so a long comprehension is preempted like a recursive function. Any other enumerable
/// (a map, a MapSet, a stream, a struct, or something that is not enumerable at all) goes to
/// `Enum.reduce/3` with the rest of the comprehension as its function, as in Elixir, so a stream
/// stays lazy and errors read the same. As in Elixir, `into:` is evaluated first, then the first
/// generator's enumerable, then `reduce:`'s initial value.
extension ExpressionCompiler {
    func compileFor(_ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        let form = ForDesugaring(node: node, args: args)
        guard let body = form.body, let first = form.qualifiers.first, let generator = form.generator(first),
            form.qualifiers.compactMap(BitstringGenerator.init).allSatisfy({ $0.bitCount != nil || $0.isUTF8 })
        else {
            compile(form.expand(report: { compiler.report($0, at: $1) }), tail: tail)
            return
        }
        builder.pushScope()
        if let into = form.option("into") { bindHidden(ForDesugaring.collectableName, to: into) }
        let source = evaluate(generator.source)
        let reduction = form.option("reduce")
        let accumulator = bindHidden(ForDesugaring.accumulatorName, to: reduction ?? SyntaxNode(.list([]), at: node.position))
        let loop = ComprehensionLoop(
            form: form, innermost: reduction == nil ? form.listStep(body) : form.reductionStep(body), accumulator: accumulator)
        compileGenerator(generator.pattern, source: source, rest: form.qualifiers.dropFirst(), loop: loop)
        let values = form.variable(ForDesugaring.accumulatorName)
        compile(reduction == nil ? form.finished(values) : values, tail: tail)
        builder.popScope()
    }

    /// Evaluates `value` into a fresh local and names it `name` (a hidden name) in the current scope.
    @discardableResult
    private func bindHidden(_ name: String, to value: SyntaxNode) -> Int32 {
        let slot = evaluate(value)
        builder.bind(name, to: slot)
        return slot
    }

    /// Evaluates `value` into a fresh local.
    private func evaluate(_ value: SyntaxNode) -> Int32 {
        compile(value, tail: false)
        let slot = builder.newLocal()
        builder.emit(.storeLocal(slot))
        return slot
    }

    /// One generator over the enumerable in local `source`: the loop over a list, the loop over a
    /// range, and `Enum.reduce/3` for anything else. A list whose tail is not a list goes on with
    /// that tail to the other two, so an improper list fails as `Enum.reduce` makes it fail.
    private func compileGenerator(_ pattern: SyntaxNode, source: Int32, rest: ArraySlice<SyntaxNode>, loop: ComprehensionLoop) {
        let next = builder.nextIndex
        let notCons = builder.emit(.testCons(slot: source, fail: Instruction.placeholder))
        let cell = builder.newLocalPair()
        builder.emit(.getHeadTail(slot: source, head: cell))
        builder.emit(.pushLocal(cell + 1))
        builder.emit(.storeLocal(source))
        compileElement(pattern, slot: cell, rest: rest, loop: loop, next: next)
        patchJump(notCons, to: builder.nextIndex)
        let notEmpty = builder.emit(.testEmptyList(slot: source, fail: Instruction.placeholder))
        var done = [emitPlaceholderJump()]
        patchJump(notEmpty, to: builder.nextIndex)
        let range = compileRangeLoop(pattern, source: source, rest: rest, loop: loop)
        done += range.done
        patchAll(range.notRange, to: builder.nextIndex)
        compileReduction(pattern, source: source, rest: rest, loop: loop)
        patchAll(done, to: builder.nextIndex)
    }

    /// The loop over a `%Range{}` in `source`: up while `step > 0` and the value is at most `last`,
    /// down while it is at least `last` otherwise. Returns the jumps taken when `source` is no range
    /// and those taken when the range is done.
    private func compileRangeLoop(
        _ pattern: SyntaxNode, source: Int32, rest: ArraySlice<SyntaxNode>, loop: ComprehensionLoop
    ) -> (notRange: [Int32], done: [Int32]) {
        var notRange = [builder.emit(.testMap(slot: source, fail: Instruction.placeholder))]
        let kind = builder.newLocal()
        notRange.append(readField("__struct__", of: source, into: kind))
        notRange.append(builder.emit(.testConstant(slot: kind, index: builder.constant(.atom(Atom("Elixir.Range"))), fail: Instruction.placeholder)))
        let (current, last, step) = (builder.newLocal(), builder.newLocal(), builder.newLocal())
        notRange.append(readField("first", of: source, into: current))
        notRange.append(readField("last", of: source, into: last))
        notRange.append(readField("step", of: source, into: step))
        let next = builder.nextIndex
        builder.emit(.pushLocal(step))
        builder.emit(.pushConstant(builder.constant(.int(0))))
        let descending = compareJump(.greater)
        builder.emit(.pushLocal(current))
        builder.emit(.pushLocal(last))
        var done = [compareJump(.lessOrEqual)]
        let element = emitPlaceholderJump()
        patchJump(descending, to: builder.nextIndex)
        builder.emit(.pushLocal(current))
        builder.emit(.pushLocal(last))
        done.append(compareJump(.greaterOrEqual))
        patchJump(element, to: builder.nextIndex)
        let value = builder.newLocal()
        builder.emit(.pushLocal(current))
        builder.emit(.storeLocal(value))
        builder.emit(.pushLocal(current))
        builder.emit(.pushLocal(step))
        builder.emit(.arithmetic(.add))
        builder.emit(.storeLocal(current))
        compileElement(pattern, slot: value, rest: rest, loop: loop, next: next)
        return (notRange, done)
    }

    /// Reads field `field` of the map in `map` into `into`; returns the test to patch to where a map without it goes.
    private func readField(_ field: String, of map: Int32, into: Int32) -> Int32 {
        builder.emit(.pushConstant(builder.constant(.atom(Atom(field)))))
        return builder.emit(.getMapValue(slot: map, into: into, fail: Instruction.placeholder))
    }

    /// Compares the two values on the stack; returns the jump to patch to where control goes unless `comparison` holds.
    private func compareJump(_ comparison: Comparison) -> Int32 {
        builder.emit(.compare(comparison))
        return builder.emitConditionalJump(.jumpUnlessTrue(Instruction.placeholder))
    }

    /// One element in `slot`: its pattern (and guard), then the remaining qualifiers; whatever rejects it
    /// and whatever finishes with it goes back to `next` through one backward jump.
    private func compileElement(_ pattern: SyntaxNode, slot: Int32, rest: ArraySlice<SyntaxNode>, loop: ComprehensionLoop, next: Int32) {
        builder.pushScope()
        var rejected = matchGuarded(pattern, slot: slot)
        rejected += compileQualifiers(rest, loop: loop)
        builder.popScope()
        patchAll(rejected, to: builder.nextIndex)
        builder.emit(.jump(next))
    }

    /// The filters and generators after a generator, then the innermost step, which stores the new
    /// accumulator. Returns the jumps of the filters that reject the element.
    private func compileQualifiers(_ qualifiers: ArraySlice<SyntaxNode>, loop: ComprehensionLoop) -> [Int32] {
        guard let qualifier = qualifiers.first else {
            compile(loop.innermost, tail: false)
            builder.emit(.storeLocal(loop.accumulator))
            return []
        }
        if let generator = loop.form.generator(qualifier) {
            let source = evaluate(generator.source)
            compileGenerator(generator.pattern, source: source, rest: qualifiers.dropFirst(), loop: loop)
            return []
        }
        compile(qualifier, tail: false)
        let rejected = builder.emitConditionalJump(.jumpIfFalsy(Instruction.placeholder))
        return [rejected] + compileQualifiers(qualifiers.dropFirst(), loop: loop)
    }

    /// `Enum.reduce/3` over the enumerable in `source` with the rest of the comprehension as its function.
    private func compileReduction(_ pattern: SyntaxNode, source: Int32, rest: ArraySlice<SyntaxNode>, loop: ComprehensionLoop) {
        builder.pushScope()
        builder.bind(ComprehensionLoop.sourceName, to: source)
        let position = loop.form.node.position
        let generator = SyntaxNode(.call(.name("<-"), [pattern, loop.form.variable(ComprehensionLoop.sourceName)]), at: position)
        let qualifiers = [generator] + rest
        let reduced = loop.form.build(qualifiers[...], innermost: loop.innermost, initial: loop.form.variable(ForDesugaring.accumulatorName))
        compile(reduced, tail: false)
        builder.emit(.storeLocal(loop.accumulator))
        builder.popScope()
    }
}

/// What every level of one comprehension's loops shares: its form, its innermost step and the accumulator's local.
private struct ComprehensionLoop {
    /// The hidden variable that names a generator's enumerable for `Enum.reduce/3`.
    static let sourceName = "for source"

    let form: ForDesugaring
    let innermost: SyntaxNode
    let accumulator: Int32
}
