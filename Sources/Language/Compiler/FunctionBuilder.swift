import Terms

/// Builds one `FunctionCode`: emits instructions, interns constants, hands out
/// local slots and resolves variable names, capturing from enclosing functions.
final class FunctionBuilder {
    let code: FunctionCode
    let enclosing: FunctionBuilder?
    private(set) var scope: VariableScope
    private var constantIndex: [Term: Int32] = [:]
    private var remoteIndex: [RemoteName: Int32] = [:]
    /// For each captured variable: its slot here and the slot it comes from in `enclosing`.
    private(set) var captures: [(name: String, slot: Int32, outerSlot: Int32)] = []
    var currentLine: Int32 = 0
    /// Where unused-variable warnings go (shared with the enclosing function's builder).
    let warnings: WarningLog

    init(code: FunctionCode, enclosing: FunctionBuilder?, warnings: WarningLog? = nil) {
        self.code = code
        self.enclosing = enclosing
        self.warnings = warnings ?? enclosing?.warnings ?? WarningLog()
        self.scope = VariableScope(parent: nil)
    }

    /// Where the next instruction goes. Reading it makes that place a label a jump may land on,
    /// so the instructions on either side of it are never fused.
    var nextIndex: Int32 {
        label = Int32(code.instructions.count)
        return label
    }
    /// The last place handed out as a label.
    private var label: Int32 = -1

    /// How many instructions have been emitted (reading it makes no label).
    var instructionCount: Int32 { Int32(code.instructions.count) }

    /// Makes `index`, an instruction already emitted or the next one, a place a jump lands on.
    func markLabel(at index: Int32) {
        label = max(label, index)
    }
    /// The constants `0.0` (false) and `-0.0` (true), apart from `constantIndex`, which would merge them.
    private var zeroIndex: [Bool: Int32] = [:]

    @discardableResult
    func emit(_ instruction: Instruction) -> Int32 {
        code.instructions.append(instruction)
        code.lines.append(currentLine)
        return Int32(code.instructions.count - 1)
    }

    /// Emits `operation` on the two values on top of the stack; right after the pushes of a local and
    /// of a constant or another local (nothing jumping in between), the three become one `localArithmetic`
    /// or `localsArithmetic`, and after the push of a constant alone the two become one `arithmeticConstant`.
    /// `1 + n` is `n + 1` (addition of numbers commutes, and pushing a constant does nothing else), so
    /// it fails as the BEAM's `n + 1` does: without an `:erlang.+/2` frame.
    func emitArithmetic(_ operation: ArithmeticOperation) {
        guard let last = fusableLast else {
            emit(.arithmetic(operation))
            return
        }
        switch (pushedLocal(before: last), code.instructions[last]) {
        case (.some(let slot), .pushConstant(let index)): fuse(from: last - 1, into: .localArithmetic(operation, slot: slot, index: index))
        case (nil, .pushLocal(let slot)) where operation == .add && pushedConstant(before: last) != nil:
            fuse(from: last - 1, into: .localArithmetic(operation, slot: slot, index: pushedConstant(before: last) ?? 0))
        case (.some(let left), .pushLocal(let right)): fuse(from: last - 1, into: .localsArithmetic(operation, left: left, right: right))
        case (_, .pushConstant(let index)): code.instructions[last] = .arithmeticConstant(operation, index)
        default: emit(.arithmetic(operation))
        }
    }

    /// Emits a return of the value on top of the stack; right after the push of a constant or an
    /// `arithmetic` (nothing jumping in between), the two become one `returnConstant` or `returnArithmetic`.
    func emitReturn() {
        guard let last = fusableLast else {
            emit(.returnValue)
            return
        }
        switch code.instructions[last] {
        case .pushConstant(let index): code.instructions[last] = .returnConstant(index)
        case .arithmetic(let operation): code.instructions[last] = .returnArithmetic(operation)
        default: emit(.returnValue)
        }
    }

    /// Emits a conditional jump whose target is patched later, and returns the index to patch; right
    /// after a comparison (nothing jumping in between), the two become one `compareJump`, and with the
    /// pushes of a local and of a local or a constant before it, one `compareLocalsJump` or `compareConstantJump`.
    func emitConditionalJump(_ jump: Instruction) -> Int32 {
        guard let last = fusableLast, case .compare(let comparison) = code.instructions[last] else { return emit(jump) }
        let placeholder = Instruction.placeholder
        if let slot = pushedLocal(before: last - 1) {
            switch code.instructions[last - 1] {
            case .pushLocal(let right):
                return fuse(from: last - 2, into: .compareLocalsJump(comparison, left: slot, right: right, target: placeholder))
            case .pushConstant(let index):
                return fuse(from: last - 2, into: .compareConstantJump(comparison, slot: slot, index: index, target: placeholder))
            default: break
            }
        }
        code.instructions[last] = .compareJump(comparison, placeholder)
        return Int32(last)
    }

    /// The constant pushed by the instruction before `index`, when nothing jumps to `index` or after it.
    private func pushedConstant(before index: Int) -> Int32? {
        guard index > 0, label < Int32(index), case .pushConstant(let constant) = code.instructions[index - 1] else { return nil }
        return constant
    }

    /// The local pushed by the instruction before `index`, when nothing jumps to `index` or after it.
    private func pushedLocal(before index: Int) -> Int32? {
        guard index > 0, label < Int32(index), case .pushLocal(let slot) = code.instructions[index - 1] else { return nil }
        return slot
    }

    /// Replaces the instructions from `index` to the last with `instruction` (keeping the line of the first).
    @discardableResult
    private func fuse(from index: Int, into instruction: Instruction) -> Int32 {
        code.instructions.removeSubrange((index + 1)...)
        code.lines.removeSubrange((index + 1)...)
        code.instructions[index] = instruction
        return Int32(index)
    }

    /// The last instruction, when no label lies between it and the next one.
    private var fusableLast: Int? {
        let count = code.instructions.count
        return count > 0 && label != Int32(count) ? count - 1 : nil
    }

    /// Replaces the placeholder at `index` (emitted with a dummy target) with the real instruction.
    func patch(_ index: Int32, _ instruction: Instruction) {
        code.instructions[Int(index)] = instruction
    }

    func constant(_ term: Term) -> Int32 {
        if case .float(let value) = term, value == 0 {
            return zeroConstant(term, negative: value.sign == .minus)
        }
        if let index = constantIndex[term] { return index }
        let index = Int32(code.constants.count)
        code.constants.append(term)
        constantIndex[term] = index
        return index
    }

    /// `0.0` and `-0.0` are equal terms (OTP 25's `=:=` says so) but print differently, so each
    /// has its own constant.
    private func zeroConstant(_ term: Term, negative: Bool) -> Int32 {
        if let index = zeroIndex[negative] { return index }
        let index = Int32(code.constants.count)
        code.constants.append(term)
        zeroIndex[negative] = index
        return index
    }

    func remote(_ name: RemoteName) -> Int32 {
        if let index = remoteIndex[name] { return index }
        let index = Int32(code.remoteNames.count)
        code.remoteNames.append(name)
        remoteIndex[name] = index
        return index
    }

    func newLocal() -> Int32 {
        code.localCount += 1
        return Int32(code.localCount - 1)
    }

    /// Two adjacent fresh slots (head and tail of a list pattern).
    func newLocalPair() -> Int32 {
        let first = newLocal()
        _ = newLocal()
        return first
    }

    func pushScope() { scope = VariableScope(parent: scope) }

    func popScope() {
        reportUnused(in: scope)
        if let parent = scope.parent { scope = parent }
    }

    func bind(_ name: String, to slot: Int32) { scope.bind(name, slot) }

    /// Binds a variable the learner wrote at `position`: warned about if nothing reads it.
    func bindWritten(_ name: String, to slot: Int32, at position: SourcePosition) {
        let binding = VariableBinding(name: name, position: position, shadowing: isVisible(name))
        scope.bind(name, slot, tracking: binding)
    }

    /// Whether a variable `name` is visible here, in this function or an enclosing one (nothing is captured).
    func isVisible(_ name: String) -> Bool {
        scope.lookup(name, markingUsed: false) != nil || captures.contains { $0.name == name }
            || enclosing?.isVisible(name) == true
    }

    /// Warns about the variables of `scope` that were bound and never read, in source order.
    func reportUnused(in scope: VariableScope) {
        let unused = scope.unusedBindings().filter { !MacroHygiene.isHygienic($0.name) && $0.name != "__CALLER__" }
        guard !unused.isEmpty else { return }
        let function = namedFunction.map(CompileWarning.functionName)
        for binding in unused {
            let message = CompileWarning.unusedVariable(binding.name, shadowing: binding.shadowing)
            warnings.add(CompileWarning(message: message, line: binding.position.line, column: binding.position.column, function: function))
        }
    }

    /// The named function this code is part of (nil for a script's or the shell's top level).
    var namedFunction: FunctionCode? {
        var outermost = self
        while let outer = outermost.enclosing { outermost = outer }
        let code = outermost.code
        return code.name == "__script__" || code.name == "__input__" || code.isAnonymous ? nil : code
    }

    /// The slot holding variable `name`, capturing it from enclosing functions when needed.
    func resolve(_ name: String) -> Int32? {
        if let slot = scope.lookup(name) { return slot }
        if let captured = captures.first(where: { $0.name == name }) { return captured.slot }
        guard let enclosing, let outerSlot = enclosing.resolve(name) else { return nil }
        let slot = newLocal()
        captures.append((name, slot, outerSlot))
        code.captureSlots.append(slot)
        return slot
    }
}

/// A variable the learner bound, and whether anything has read it since.
final class VariableBinding {
    let name: String
    let position: SourcePosition
    /// Whether a variable of the same name was visible where this one was bound.
    let shadowing: Bool
    var isUsed = false

    init(name: String, position: SourcePosition, shadowing: Bool) {
        self.name = name
        self.position = position
        self.shadowing = shadowing
    }
}

/// The variables visible at one point of a function: a chain of scopes, innermost first.
final class VariableScope {
    let parent: VariableScope?
    private var slots: [String: Int32] = [:]
    /// The learner's bindings in this scope, by name (a rebinding replaces the entry).
    private var tracked: [String: VariableBinding] = [:]
    /// Bindings replaced by a later one of the same name before anything read them.
    private var replacedUnused: [VariableBinding] = []

    init(parent: VariableScope?) {
        self.parent = parent
    }

    /// Binds `name` to `slot`; a `tracking` record makes the binding one to warn about if it is never read.
    func bind(_ name: String, _ slot: Int32, tracking binding: VariableBinding? = nil) {
        if let earlier = tracked[name], !earlier.isUsed { replacedUnused.append(earlier) }
        slots[name] = slot
        tracked[name] = binding
    }

    /// The variables bound in this scope itself (not its parents), by name.
    var ownBindings: [String: Int32] { slots }

    /// The slot of the innermost `name`; reading it marks the binding used unless `markingUsed` is false.
    func lookup(_ name: String, markingUsed: Bool = true) -> Int32? {
        var scope: VariableScope? = self
        while let current = scope {
            if let slot = current.slots[name] {
                if markingUsed { current.tracked[name]?.isUsed = true }
                return slot
            }
            scope = current.parent
        }
        return nil
    }

    /// This scope's bindings that nothing read, in the order Elixir 1.14 reports them: by name,
    /// then in the order they were bound (it lists them from a map keyed by name and version).
    func unusedBindings() -> [VariableBinding] {
        let unused = replacedUnused + tracked.values.filter { !$0.isUsed }
        return unused.sorted {
            ($0.name, $0.position.line, $0.position.column) < ($1.name, $1.position.line, $1.position.column)
        }
    }
}
