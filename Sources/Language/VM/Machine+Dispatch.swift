import Runtime
import Terms

extension Machine {
    /// The dispatch loop: runs instructions until the budget is spent, the process
    /// waits in a receive, or it exits. The only long function in the VM.
    func execute(_ process: ProcessControlBlock, budget: Int) -> Step {
        var used = 0
        defer { process.reductions += used }
        let stack = self.stack
        let frames = self.frames
        var frameIndex = frames.count - 1
        unowned(unsafe) var code = frames[frameIndex].code
        var instructions = code.instructionBuffer
        var constants = code.constantBuffer
        var ip = Int(frames[frameIndex].ip)
        var base = Int(frames[frameIndex].base)

        func reload() {
            frameIndex = frames.count - 1
            code = frames[frameIndex].code
            instructions = code.instructionBuffer
            constants = code.constantBuffer
            ip = Int(frames[frameIndex].ip)
            base = Int(frames[frameIndex].base)
        }
        func save() { frames[frameIndex].ip = Int32(truncatingIfNeeded: ip) }
        /// Starts running `callee` in the frame just pushed or replaced, whose locals start at `start`
        /// (what `reload()` would read back, without reading it).
        func begin(_ callee: Unmanaged<FunctionCode>, base start: Int) {
            code = callee.takeUnretainedValue()
            instructions = code.instructionBuffer
            constants = code.constantBuffer
            ip = 0
            base = start
        }
        /// `begin` for a local call or tail call, which keeps the buffers it already holds when the
        /// callee is the running function (a recursion).
        func enterCode(_ callee: Unmanaged<FunctionCode>, base start: Int) {
            guard callee.toOpaque() == Unmanaged.passUnretained(code).toOpaque() else { return begin(callee, base: start) }
            ip = 0
            base = start
        }
        /// Pops the running frame and resumes the one below it (a return), keeping the buffers when it
        /// runs the same function (a recursion returning to itself).
        func resume() {
            let frame = frames.popToCaller()
            frameIndex -= 1
            if frame.function.toOpaque() != Unmanaged.passUnretained(code).toOpaque() {
                code = frame.code
                instructions = code.instructionBuffer
                constants = code.constantBuffer
            }
            ip = Int(frame.ip)
            base = Int(frame.base)
        }

        while true {
            let instruction = instructions[ip]
            ip += 1
            switch instruction {
            case .pushConstant(let index):
                stack.append(constants[Int(index)])
            case .pushLocal(let slot):
                stack.appendCopy(of: base + Int(slot))
            case .storeLocal(let slot):
                stack.store(stack.removeLast(), at: base + Int(slot))
            case .pop:
                stack.removeLast()
            case .makeTuple(let count):
                stack.append(.tuple(TupleBox(stack.popArray(Int(count)))))
            case .makeList(let count):
                var list = Term.emptyList
                for _ in 0..<count { list = .cons(Cons(stack.removeLast(), list)) }
                stack.append(list)
            case .makeListWithTail(let count):
                var list = stack.removeLast()
                for _ in 0..<count { list = .cons(Cons(stack.removeLast(), list)) }
                stack.append(list)
            case .makeMap(let count):
                stack.append(.map(MapBox.fromPairs(popPairs(Int(count)))))
            case .updateMap(let count):
                let pairs = popPairs(Int(count))
                let target = stack.removeLast()
                do {
                    stack.append(try MapOperations.update(target, with: pairs))
                } catch {
                    save()
                    if let exit = raise(error, process: process) { return exit }
                    reload()
                }
            case .concatStrings(let count):
                do {
                    let parts = stack[(stack.count - Int(count))...]
                    try AllocationCheck.reserve(AllocationCheck.binaryBytes(parts), by: process)
                    let text = try TextOperations.concatenate(parts)
                    used &+= WorkCharge.binaries(CollectionOfOne(text))
                    stack.removeLast(Int(count))
                    stack.append(text)
                } catch {
                    save()
                    if let exit = raise(error, process: process) { return exit }
                    reload()
                }
            case .makeClosure(let index, let count):
                let captured = stack.popArray(Int(count))
                stack.append(.fun(Closure(code: code.module.functions[Int(index)], captured: captured)))

            case .arithmetic(let operation), .arithmeticConstant(let operation, _), .returnArithmetic(let operation):
                let right: Term
                if case .arithmeticConstant(_, let index) = instruction { right = constants[Int(index)] } else { right = stack.removeLast() }
                let left = stack[stack.count - 1]
                if case .int(let a) = left, case .int(let b) = right, let value = Arithmetic.small(operation, a, b) {
                    stack.overwriteImmediate(at: stack.count - 1, with: .int(value))
                    if case .returnArithmetic = instruction { fallthrough }
                    continue
                }
                do throws(GuestError) {
                    let inline: Bool
                    if case .arithmeticConstant = instruction { inline = Arithmetic.failsInline(operation, constant: right) } else { inline = false }
                    stack[stack.count - 1] = try Arithmetic.general(
                        operation, left, right, work: &used, site: &raiseSite, namesCall: !inline, process: process)
                } catch {
                    stack.removeLast()
                    save()
                    if let exit = raise(error, process: process) { return exit }
                    reload()
                    continue
                }
                if case .returnArithmetic = instruction { fallthrough }
            case .returnValue:
                guard frameIndex > 0 else {
                    let result = stack.removeLast()
                    truncateStack(to: base)
                    frames.removeLast()
                    return finished(with: result)
                }
                stack.slide(1, downTo: base)
                resume()
            case .localArithmetic(let operation, let slot, let index):
                if case .int(let a) = stack[base + Int(slot)], case .int(let b) = constants[Int(index)], let value = Arithmetic.small(operation, a, b) {
                    stack.append(.int(value))
                    continue
                }
                let left = stack[base + Int(slot)]
                let right = constants[Int(index)]
                do throws(GuestError) {
                    stack.append(try Arithmetic.general(
                        operation, left, right, work: &used, site: &raiseSite, namesCall: !Arithmetic.failsInline(operation, constant: right), process: process))
                } catch {
                    save()
                    if let exit = raise(error, process: process) { return exit }
                    reload()
                }
            case .localsArithmetic(let operation, let leftSlot, let rightSlot):
                if case .int(let a) = stack[base + Int(leftSlot)], case .int(let b) = stack[base + Int(rightSlot)],
                    let value = Arithmetic.small(operation, a, b)
                {
                    stack.append(.int(value))
                    continue
                }
                let left = stack[base + Int(leftSlot)]
                let right = stack[base + Int(rightSlot)]
                do throws(GuestError) {
                    stack.append(try Arithmetic.general(operation, left, right, work: &used, site: &raiseSite, namesCall: true, process: process))
                } catch {
                    save()
                    if let exit = raise(error, process: process) { return exit }
                    reload()
                }
            case .compare(let comparison):
                let right = stack.removeLast()
                let left = stack[stack.count - 1]
                stack[stack.count - 1] = .bool(Comparisons.holds(comparison, left, right))

            case .jump(let target):
                if Int(target) < ip {
                    used += 1
                    if used >= budget {
                        ip = Int(target)
                        save()
                        return .yielded
                    }
                }
                ip = Int(target)
            case .switchInteger(let slot, let first, let count, let table):
                ip = Int(table) &+ Int(count)
                // One unsigned comparison: a value below `first` wraps to a large offset.
                if case .int(let value) = stack[base + Int(slot)], UInt(bitPattern: value &- Int(first)) < UInt(count) {
                    ip = Int(table) &+ (value &- Int(first))
                }
                if case .jump(let target) = instructions[ip], Int(target) > ip { ip = Int(target) }
            case .jumpIfFalsy(let target):
                if stack.removeLast().isFalsy { ip = Int(target) }
            case .jumpUnlessTrue(let target):
                if case .atom(let atom) = stack.removeLast(), atom == .true {} else { ip = Int(target) }
            case .compareJump(let comparison, let target):
                let right = stack.removeLast()
                let left = stack.removeLast()
                if !Comparisons.holds(comparison, left, right) { ip = Int(target) }
            case .compareLocalsJump(let comparison, let left, let right, let target):
                if !Comparisons.holds(comparison, stack[base + Int(left)], stack[base + Int(right)]) { ip = Int(target) }
            case .compareConstantJump(let comparison, let slot, let index, let target):
                if !Comparisons.holds(comparison, stack[base + Int(slot)], constants[Int(index)]) { ip = Int(target) }
            case .jumpIfFalseStrict(let target):
                let value = stack.removeLast()
                guard case .atom(let atom) = value, atom == .true || atom == .false else {
                    save()
                    let error = GuestError.exception("BadBooleanError", [("term", value), ("operator", .atom("and"))])
                    if let exit = raise(error, process: process) { return exit }
                    reload()
                    continue
                }
                if atom == .false { ip = Int(target) }

            case .callLocal(let index, let argc):
                used += 1
                if used >= budget {
                    ip -= 1
                    save()
                    return .yielded
                }
                save()
                if stack.count >= Machine.maxStackValues {
                    if let exit = raise(.stackDepth, process: process) { return exit }
                    reload()
                    continue
                }
                if frames.count == frames.capacity {
                    guard admitsStackGrowth(process) else { return .yielded }
                    frames.makeRoom()
                }
                let callee = code.module.functionTable[Int(index)]
                let start = enterWithinModule(callee, argumentCount: Int(argc))
                frameIndex += 1
                enterCode(callee, base: start)
            case .tailCallLocal(let index, let argc):
                used += 1
                if used >= budget {
                    ip -= 1
                    save()
                    return .yielded
                }
                let callee = code.module.functionTable[Int(index)]
                replace(with: callee, argumentCount: Int(argc))
                enterCode(callee, base: base)
            case .callRemote(let index, let argc), .tailCallRemote(let index, let argc):
                used += 1
                if used >= budget {
                    ip -= 1
                    save()
                    return .yielded
                }
                save()
                let isTail: Bool
                if case .tailCallRemote = instruction { isTail = true } else { isTail = false }
                if let exit = callRemote(code, index: Int(index), argumentCount: Int(argc), tail: isTail, process: process) { return exit }
                reload()
                used &+= chargedWork
                chargedWork = 0
                if process.isExitPending || used >= budget {
                    save()
                    return .yielded
                }
            case .callValue(let argc), .tailCallValue(let argc):
                used += 1
                if used >= budget {
                    ip -= 1
                    save()
                    return .yielded
                }
                save()
                let isTail: Bool
                if case .tailCallValue = instruction { isTail = true } else { isTail = false }
                if let exit = callFunctionValue(argumentCount: Int(argc), tail: isTail, process: process) { return exit }
                reload()
            case .applyRemote:
                used += 1
                save()
                if let exit = applyRemote(process: process) { return exit }
                reload()
                used &+= chargedWork
                chargedWork = 0
                if process.isExitPending || used >= budget {
                    save()
                    return .yielded
                }
            case .applyValue:
                used += 1
                save()
                if let exit = applyValue(process: process) { return exit }
                reload()
            case .callBuiltin(let index, let argc), .send(let index, let argc):
                if case .send = instruction, sendToPid(process) {
                    if process.shouldYield || used >= budget {
                        save()
                        return .yielded
                    }
                    continue
                }
                let count = Int(argc)
                do {
                    let arguments = stack[(stack.count - count)...]
                    let result = try Builtins.table[Int(index)].body(Arguments(arguments), BuiltinContext(process: process, machine: self))
                    used &+= WorkCharge.binaries(arguments) &+ WorkCharge.binaries(CollectionOfOne(result))
                    stack.removeLast(count)
                    stack.append(result)
                } catch {
                    chargedWork = 0
                    save()
                    noteFailedBuiltin(Int(index), arguments: stack[(stack.count - count)...], compiledIn: code)
                    if let exit = raise(error, process: process) { return exit }
                    reload()
                    continue
                }
                used &+= chargedWork
                chargedWork = 0
                if process.shouldYield || used >= budget {
                    save()
                    return .yielded
                }
            case .returnConstant(let index):
                guard frameIndex > 0 else {
                    truncateStack(to: base)
                    frames.removeLast()
                    return finished(with: constants[Int(index)])
                }
                stack.replaceAll(from: base, with: constants[Int(index)])
                resume()

            case .testTuple(let slot, let size, let fail):
                if case .tuple(let box) = stack[base + Int(slot)], box.elements.count == Int(size) {} else { ip = Int(fail) }
            case .getElement(let slot, let index, let into):
                if case .tuple(let box) = stack[base + Int(slot)] { stack.storeCopy(of: box.elements[Int(index)], at: base + Int(into)) }
            case .testCons(let slot, let fail):
                if case .cons = stack[base + Int(slot)] {} else { ip = Int(fail) }
            case .getHeadTail(let slot, let head):
                if case .cons(let cell) = stack[base + Int(slot)] {
                    stack[base + Int(head)] = cell.head
                    stack[base + Int(head) + 1] = cell.tail
                }
            case .testEmptyList(let slot, let fail):
                if case .emptyList = stack[base + Int(slot)] {} else { ip = Int(fail) }
            case .testMap(let slot, let fail):
                if case .map = stack[base + Int(slot)] {} else { ip = Int(fail) }
            case .getMapValue(let slot, let into, let fail):
                let key = stack.removeLast()
                if case .map(let box) = stack[base + Int(slot)], let value = box.get(key) {
                    stack[base + Int(into)] = value
                } else {
                    ip = Int(fail)
                }
            case .testInteger(let slot, let value, let fail):
                if case .int(let integer) = stack[base + Int(slot)], integer == Int(value) {} else { ip = Int(fail) }
            case .testConstant(let slot, let index, let fail):
                if !Term.identical(stack[base + Int(slot)], constants[Int(index)]) { ip = Int(fail) }
            case .testSameAsLocal(let slot, let other, let fail):
                if !Term.identical(stack[base + Int(slot)], stack[base + Int(other)]) { ip = Int(fail) }
            case .testEqualsPopped(let slot, let fail):
                if stack.removeLast() != stack[base + Int(slot)] { ip = Int(fail) }
            case .testBinaryPrefix(let slot, let index, let fail):
                guard case .binary(let value) = stack[base + Int(slot)], case .binary(let prefix) = constants[Int(index)],
                    value.bitCount >= prefix.bitCount, value.slice.starts(with: prefix.slice)
                else {
                    ip = Int(fail)
                    continue
                }
                stack[base + Int(slot)] = .binary(value.bits(from: prefix.bitCount))
            case .takeBinarySegment(let slot, let index, let into, let fail):
                let taken = BinarySegment.take(code.constants[Int(index)], from: stack[base + Int(slot)], stored: stack[base + Int(into)])
                guard let (value, rest) = taken else {
                    ip = Int(fail)
                    continue
                }
                stack[base + Int(into)] = value
                stack[base + Int(slot)] = rest
            case .raiseNoMatch(let slot, let index):
                save()
                let value = slot >= 0 ? stack[base + Int(slot)] : .nil
                let error = noMatchError(constants[Int(index)], value: value, code: code, base: base)
                if let exit = raise(error, process: process) { return exit }
                reload()

            case .pushHandler(let target), .pushGuardHandler(let target):
                var isGuard = false
                if case .pushGuardHandler = instruction { isGuard = true }
                handlers.append(Handler(frameDepth: frames.count, stackHeight: stack.count, target: Int(target), isGuard: isGuard))
            case .popHandler:
                handlers.removeLast()
            case .reraise:
                save()
                let caught = stack.removeLast()
                let error = reraiseError(caught)
                reraisedTrace = Machine.trace(of: caught)
                if let exit = raise(error, process: process) { return exit }
                reload()

            case .receiveBegin:
                process.beginReceive()
            case .receiveNext(let slot, let wait):
                if let message = process.currentMessage {
                    stack.store(message, at: base + Int(slot))
                } else {
                    ip = Int(wait)
                }
            case .receiveAccept:
                _ = process.acceptMessage()
                receiveDeadline = nil
            case .receiveSkip(let next):
                process.skipMessage()
                ip = Int(next)
            case .receiveWait(let slot, let begin, let after):
                if suspendedInReceive {
                    suspendedInReceive = false
                    if process.receiveTimedOut {
                        process.endReceiveAfterTimeout()
                        receiveDeadline = nil
                        ip = Int(after)
                    } else {
                        ip = Int(begin)
                    }
                    continue
                }
                switch slot >= 0 ? receiveTimeout(stack[base + Int(slot)], process: process) : .success(nil) {
                case .failure(let error):
                    save()
                    if let exit = raise(error, process: process) { return exit }
                    reload()
                case .success(.some(0)) where receiveDeadline == nil:
                    process.endReceiveAfterTimeout()
                    ip = Int(after)
                case .success(let milliseconds):
                    if receiveDeadline == nil, let milliseconds {
                        receiveDeadline = process.runtime.now.adding(milliseconds: milliseconds)
                    }
                    process.suspendReceive()
                    suspendedInReceive = true
                    ip -= 1
                    save()
                    return .waiting(deadline: receiveDeadline)
                }
            }
        }
    }

    private func popPairs(_ count: Int) -> [(key: Term, value: Term)] {
        var pairs: [(key: Term, value: Term)] = []
        pairs.reserveCapacity(count)
        let start = stack.count - 2 * count
        for index in 0..<count { pairs.append((stack[start + 2 * index], stack[start + 2 * index + 1])) }
        stack.removeLast(2 * count)
        return pairs
    }

    /// The timeout of `receive ... after`: milliseconds, nil for `:infinity`, or the error for a bad value.
    private func receiveTimeout(_ value: Term, process: ProcessControlBlock) -> Result<Int?, GuestError> {
        switch value {
        case .int(let milliseconds) where milliseconds >= 0: return .success(milliseconds)
        case .atom(let atom) where atom == .infinity: return .success(nil)
        default: return .failure(.argument("invalid timeout value for receive ... after: \(value.inspect())"))
        }
    }
}

extension Term {
    /// Whether Elixir treats the value as false in `if`, `&&`, `||` and `!` (`false` and `nil`).
    var isFalsy: Bool {
        if case .atom(let atom) = self { return atom == .false || atom == .nil }
        return false
    }
}

/// The arithmetic instructions' work: two small integers inline, anything else (big integers,
/// floats, a bad argument) on the slow path.
enum Arithmetic {
    /// `a operation b` when it fits in 64 bits, nil when it overflows.
    @inline(__always)
    static func small(_ operation: ArithmeticOperation, _ a: Int, _ b: Int) -> Int? {
        let (value, overflow): (Int, Bool)
        switch operation {
        case .add: (value, overflow) = a.addingReportingOverflow(b)
        case .subtract: (value, overflow) = a.subtractingReportingOverflow(b)
        case .multiply: (value, overflow) = a.multipliedReportingOverflow(by: b)
        // Both truncate toward zero, as Erlang's do; a zero divisor reports an overflow too.
        case .integerDivide: (value, overflow) = a.dividedReportingOverflow(by: b)
        case .remainder: (value, overflow) = a.remainderReportingOverflow(dividingBy: b)
        }
        return overflow ? nil : value
    }

    /// `left operation right` for any terms, adding big-integer work to `work`; ArithmeticError
    /// when either is not a number, with the `:erlang.+(left, right)` call as its `site` when `namesCall`.
    static func general(
        _ operation: ArithmeticOperation, _ left: Term, _ right: Term, work: inout Int, site: inout RaiseSite?,
        namesCall: Bool, process: ProcessControlBlock
    ) throws(GuestError) -> Term {
        work &+= try BigIntegerWork.admit(workKind(operation), left, right, process: process)
        guard let result = apply(operation, left, right) else {
            if namesCall { site = callSite(operation, left, right) }
            throw GuestError.badArithmetic
        }
        return result
    }

    /// Whether the BEAM fails `x + constant` or `x - constant` without an `:erlang` frame (and so
    /// without naming the expression in the message): its JIT adds and subtracts a written small
    /// integer or float inline. Any other operation, or a constant beyond 60 bits, is a call.
    static func failsInline(_ operation: ArithmeticOperation, constant: Term) -> Bool {
        guard operation == .add || operation == .subtract else { return false }
        switch constant {
        case .int(let value): return value >= -(1 << 59) && value < 1 << 59
        case .float: return true
        default: return false
        }
    }

    /// The entry a failed operation puts at the head of the stack trace: `:erlang.+("a", 1)`, or for
    /// `div` and `rem` `:erlang.rem(1, 0)`, as the builtins they replace did.
    static func callSite(_ operation: ArithmeticOperation, _ left: Term, _ right: Term) -> RaiseSite? {
        if operation.isOperator {
            return RaiseSite(name: RemoteName(module: Atom("erlang"), function: Atom(operation.rawValue), arity: 2), arguments: [left, right])
        }
        let kernelName = RemoteName(module: Atom("Elixir.Kernel"), function: Atom(operation.rawValue), arity: 2)
        return ErlangNames.bif(for: kernelName).map { RaiseSite(name: $0, arguments: [left, right]) }
    }

    private static func workKind(_ operation: ArithmeticOperation) -> BigIntegerWork.Kind {
        switch operation {
        case .add, .subtract: return .linear
        case .multiply: return .product
        case .integerDivide, .remainder: return .quotient
        }
    }

    private static func apply(_ operation: ArithmeticOperation, _ left: Term, _ right: Term) -> Term? {
        switch operation {
        case .add: return Term.add(left, right)
        case .subtract: return Term.subtract(left, right)
        case .multiply: return Term.multiply(left, right)
        case .integerDivide: return Term.integerDivide(left, right)
        case .remainder: return Term.remainder(left, right)
        }
    }
}

/// The comparison instructions' work: two small integers inline, anything else in term order.
enum Comparisons {
    /// Whether `comparison` holds between `left` and `right`.
    @inline(__always)
    static func holds(_ comparison: Comparison, _ left: Term, _ right: Term) -> Bool {
        if case .int(let a) = left, case .int(let b) = right { return integers(comparison, a, b) }
        return general(comparison, left, right)
    }

    @inline(__always)
    private static func integers(_ comparison: Comparison, _ a: Int, _ b: Int) -> Bool {
        switch comparison {
        case .equal, .strictlyEqual: return a == b
        case .notEqual, .notStrictlyEqual: return a != b
        case .less: return a < b
        case .greater: return a > b
        case .lessOrEqual: return a <= b
        case .greaterOrEqual: return a >= b
        }
    }

    @inline(never)
    private static func general(_ comparison: Comparison, _ left: Term, _ right: Term) -> Bool {
        switch comparison {
        case .equal: return left.looselyEquals(right)
        case .notEqual: return !left.looselyEquals(right)
        case .strictlyEqual: return left == right
        case .notStrictlyEqual: return left != right
        case .less: return Term.compare(left, right) < 0
        case .greater: return Term.compare(left, right) > 0
        case .lessOrEqual: return Term.compare(left, right) <= 0
        case .greaterOrEqual: return Term.compare(left, right) >= 0
        }
    }
}

extension Term {
    /// Strict equality (`===`, as patterns match) with the common immediate cases first.
    @inline(__always)
    static func identical(_ left: Term, _ right: Term) -> Bool {
        switch (left, right) {
        case (.int(let a), .int(let b)): return a == b
        case (.atom(let a), .atom(let b)): return a == b
        case (.int, .atom), (.atom, .int): return false
        default: return left == right
        }
    }
}
