import Terms

/// The opcode table: every instruction of proctor's bytecode, with its effect.
///
/// The compiler emits these, the VM dispatches on them and the disassembler
/// prints them; nothing else defines an opcode. Operands are slot numbers
/// (locals of the current frame), constant indices, jump targets (instruction
/// indices in the same function) and counts. "push"/"pop" refer to the
/// operand stack above the frame's locals. Each opcode's `contract` (below)
/// declares its stack effect, control flow and what each operand names; the
/// `BytecodeVerifier` holds compiled code to it.
public enum Instruction: Sendable, Equatable {
    // Values
    /// Push constant `index`.
    case pushConstant(Int32)
    /// Push the value of local `slot`.
    case pushLocal(Int32)
    /// Pop into local `slot`.
    case storeLocal(Int32)
    /// Discard the top of the stack.
    case pop
    /// Pop `count` values and push a tuple of them.
    case makeTuple(Int32)
    /// Pop `count` values and push a proper list of them.
    case makeList(Int32)
    /// Pop a tail, then `count` values; push the list of those values ending in the tail.
    case makeListWithTail(Int32)
    /// Pop `count` key-value pairs (key pushed first) and push a map of them.
    case makeMap(Int32)
    /// Pop `count` key-value pairs, then a map; push the map with those keys replaced (`%{m | k: v}`), raising KeyError for a missing key.
    case updateMap(Int32)
    /// Pop `count` values and push the binary that concatenates their `to_string` forms (interpolation).
    case concatStrings(Int32)
    /// Push a closure of function `index` of this module, capturing `count` popped values.
    case makeClosure(Int32, Int32)

    /// Pop two numbers and push the result of `operation` on them (ArithmeticError otherwise).
    case arithmetic(ArithmeticOperation)
    /// Pop a number and push the result of `operation` on it and constant `index` (`n - 1`: a push of a
    /// constant and the arithmetic after it, fused).
    case arithmeticConstant(ArithmeticOperation, Int32)
    /// Push the result of `operation` on local `slot` and constant `index` (`n - 1` as an argument: a push of
    /// a local and an `arithmeticConstant` after it, fused).
    case localArithmetic(ArithmeticOperation, slot: Int32, index: Int32)
    /// Push the result of `operation` on locals `left` and `right` (`first + step`: two pushes of locals and
    /// the arithmetic, fused).
    case localsArithmetic(ArithmeticOperation, left: Int32, right: Int32)
    /// Pop two values and push the boolean result of comparing them.
    case compare(Comparison)

    // Control
    /// Continue at `target`; a backward jump costs one reduction.
    case jump(Int32)
    /// Pop; continue at `target` unless the value is truthy (neither `false` nor `nil`).
    case jumpIfFalsy(Int32)
    /// Pop; continue at `target` unless the value is exactly `true` (guards, `and`, `or`).
    case jumpUnlessTrue(Int32)
    /// Pop; raise BadBooleanError unless the value is a boolean, then continue at `target` if it is `false`.
    case jumpIfFalseStrict(Int32)
    /// Pop two values; continue at `target` unless `comparison` holds between them (a comparison and the
    /// conditional jump after it, fused: any of the three jumps above does the same after a comparison).
    case compareJump(Comparison, Int32)
    /// Continue at `target` unless `comparison` holds between locals `left` and `right` (`first > last` in a
    /// guard: two pushes of locals and a `compareJump`, fused).
    case compareLocalsJump(Comparison, left: Int32, right: Int32, target: Int32)
    /// Continue at `target` unless `comparison` holds between local `slot` and constant `index` (`step > 0`:
    /// the push of a local, of a constant and a `compareJump`, fused).
    case compareConstantJump(Comparison, slot: Int32, index: Int32, target: Int32)
    /// Continue at the target of the `jump` at `table + (n - first)` when local `slot` is an integer `n` with
    /// `first <= n < first + count`, else at that of the `jump` at `table + count` (a function's clauses
    /// `fib(0)`, `fib(1)`, `fib(n)` chosen by the first argument at once, instead of a test per clause).
    case switchInteger(slot: Int32, first: Int32, count: Int32, table: Int32)

    // Calls
    /// Call function `index` of this module with `argc` popped arguments; push its result.
    case callLocal(Int32, Int32)
    /// Tail-call function `index` of this module with `argc` arguments, reusing the frame.
    case tailCallLocal(Int32, Int32)
    /// Call the remote function named by constant `index` (a `RemoteName`) with `argc` arguments.
    case callRemote(Int32, Int32)
    /// Tail-call the remote function named by constant `index` with `argc` arguments.
    case tailCallRemote(Int32, Int32)
    /// Pop an argument list, a function name and a module; call that function and push its result (`apply/3`).
    case applyRemote
    /// Pop an argument list and a function value; call it with those arguments and push its result (`apply/2`).
    case applyValue
    /// Pop `argc` arguments, then a function value; call it and push its result (`f.(args)`).
    case callValue(Int32)
    /// Tail-call form of `callValue`.
    case tailCallValue(Int32)
    /// Call builtin `index` (of the builtin table) with `argc` popped arguments; push its result.
    case callBuiltin(Int32, Int32)
    /// `callBuiltin` of `Kernel.send/2` (builtin `index`, `argc` 2): a message to a pid goes straight
    /// to the runtime, anything else takes the builtin's path.
    case send(Int32, Int32)
    /// Pop the result, leave the frame and push the result in the caller.
    case returnValue
    /// Pop two numbers, leave the frame and push the result of `operation` on them in the caller
    /// (`fib(n - 1) + fib(n - 2)` as a function's result: an `arithmetic` and the return after it, fused).
    case returnArithmetic(ArithmeticOperation)
    /// Leave the frame and push constant `index` in the caller (`def fib(0), do: 0`: the push of a
    /// constant and the return after it, fused).
    case returnConstant(Int32)

    // Pattern matching (on locals; each test continues at `fail` when it does not match)
    /// Fail unless local `slot` holds a tuple of `size` elements.
    case testTuple(slot: Int32, size: Int32, fail: Int32)
    /// Store element `index` of the tuple in local `slot` into local `into`.
    case getElement(slot: Int32, index: Int32, into: Int32)
    /// Fail unless local `slot` holds a non-empty list.
    case testCons(slot: Int32, fail: Int32)
    /// Store the head and the tail of the list in local `slot` into locals `head` and `head + 1`.
    case getHeadTail(slot: Int32, head: Int32)
    /// Fail unless local `slot` holds `[]`.
    case testEmptyList(slot: Int32, fail: Int32)
    /// Fail unless local `slot` holds a map.
    case testMap(slot: Int32, fail: Int32)
    /// Pop a key; store the map in local `slot`'s value for it into local `into`, or fail when absent.
    case getMapValue(slot: Int32, into: Int32, fail: Int32)
    /// Fail unless local `slot` is exactly (`===`) constant `index`.
    case testConstant(slot: Int32, index: Int32, fail: Int32)
    /// Fail unless local `slot` is the integer `value` (a pattern's small integer, such as `fib(0)`: no general comparison).
    case testInteger(slot: Int32, value: Int32, fail: Int32)
    /// Fail unless local `slot` is exactly (`===`) local `other`.
    case testSameAsLocal(slot: Int32, other: Int32, fail: Int32)
    /// Pop a value; fail unless local `slot` is exactly (`===`) that value (pin `^x`).
    case testEqualsPopped(slot: Int32, fail: Int32)
    /// Fail unless local `slot` is a binary starting with the binary constant `index`; replace it with the rest.
    case testBinaryPrefix(slot: Int32, index: Int32, fail: Int32)
    /// Take the segment described by constant `index` (a `BinarySegment` spec) from the front of the
    /// binary in local `slot` into local `into`, leaving the rest in `slot`; fail when it is not there.
    case takeBinarySegment(slot: Int32, index: Int32, into: Int32, fail: Int32)
    /// Raise the error described by constant `index` (a `MatchFailure`) with local `slot` as the unmatched value.
    case raiseNoMatch(slot: Int32, index: Int32)

    // Errors
    /// Install a handler: an exception, exit or throw raised before the matching `popHandler` jumps to `target` with `{kind, value, stacktrace}` pushed.
    case pushHandler(Int32)
    /// Remove the innermost handler.
    case popHandler
    /// Install a guard handler: any error raised before `popHandler` continues at `target` (guards fail instead of raising).
    case pushGuardHandler(Int32)
    /// Pop `{kind, value, stacktrace}` and raise it again (no clause of a try handled it).
    case reraise

    // Receive
    /// Begin a receive: look at the mailbox from the saved position.
    case receiveBegin
    /// Store the message under the cursor into local `slot`, or continue at `wait` when none is left.
    case receiveNext(slot: Int32, wait: Int32)
    /// Take the current message out of the mailbox; the receive is over.
    case receiveAccept
    /// Leave the current message in place and continue at `next`.
    case receiveSkip(next: Int32)
    /// Wait for a message, with the timeout (ms, or `:infinity`) in local `slot`; on a new message continue at `begin`,
    /// on timeout at `after`. Without an `after` clause both `slot` and `after` are -1: it waits forever.
    case receiveWait(slot: Int32, begin: Int32, after: Int32)
}

/// A remote function's name as a constant: module, function and arity.
public struct RemoteName: Hashable, Sendable {
    /// `Kernel.send/2`, which has an instruction of its own.
    static let kernelSend = RemoteName(module: Atom("Elixir.Kernel"), function: Atom("send"), arity: 2)

    /// The module's atom (`Elixir.Enum`, `erlang`).
    public let module: Atom
    /// The function's name.
    public let function: Atom
    /// How many arguments it takes.
    public let arity: Int
}

/// The arithmetic operators, and `Kernel.div/2` and `Kernel.rem/2`, with an instruction of their own.
public enum ArithmeticOperation: String, Sendable, Equatable, CustomStringConvertible {
    case add = "+", subtract = "-", multiply = "*", integerDivide = "div", remainder = "rem"

    /// The operator or function, as the disassembler shows it.
    public var description: String { rawValue }

    /// Whether it is written as an operator (`a + b`) rather than called (`rem(a, b)`).
    public var isOperator: Bool { self == .add || self == .subtract || self == .multiply }

    /// The operation `name` stands for when it is `Kernel.div/2` or `Kernel.rem/2`.
    static func kernelFunction(_ name: RemoteName) -> ArithmeticOperation? {
        guard name.arity == 2, name.module == Atom("Elixir.Kernel"), let operation = ArithmeticOperation(rawValue: name.function.name) else {
            return nil
        }
        return operation.isOperator ? nil : operation
    }
}

/// The comparison operators with an instruction of their own.
public enum Comparison: String, Sendable, Equatable, CustomStringConvertible {
    case equal = "==", notEqual = "!=", strictlyEqual = "===", notStrictlyEqual = "!=="
    case less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="

    /// The operator, as the disassembler shows it.
    public var description: String { rawValue }
}

/// What an instruction promises: the values it pops and pushes, where control goes
/// next and what each operand names. The verifier checks compiled code against it.
public struct InstructionContract: Sendable, Equatable {
    /// How many values it takes from the operand stack.
    public let pops: Int
    /// How many values it leaves there when control continues after it.
    public let pushes: Int
    /// Where control goes after it.
    public let flow: ControlFlow
    /// Its operands, by what they name.
    public let operands: [Operand]

    init(pops: Int = 0, pushes: Int = 0, _ flow: ControlFlow = .next, _ operands: [Operand] = []) {
        self.pops = pops
        self.pushes = pushes
        self.flow = flow
        self.operands = operands
    }

    /// The jump targets among the operands, with the stack depth each one expects relative to
    /// the depth after the pops (a `try` handler finds `{kind, value, stacktrace}` pushed).
    public var targets: [(index: Int32, pushed: Int)] {
        operands.compactMap { operand in
            switch operand {
            case .target(let index): return (index, 0)
            case .handler(let index): return (index, 1)
            default: return nil
            }
        }
    }
}

/// Where control goes after an instruction.
public enum ControlFlow: Sendable, Equatable {
    /// To the next instruction (and, for a test or a conditional jump, maybe to its targets).
    case next
    /// Only to its targets.
    case jump
    /// Out of the frame (return, tail call): the operand stack must hold exactly its pops.
    case leave
    /// Nowhere: it raises.
    case raise
}

/// What one operand of an instruction names.
public enum Operand: Sendable, Equatable {
    /// A local slot of the frame.
    case slot(Int32)
    /// A local slot, or -1 for none (`raiseNoMatch` without a value, `receive` without `after`).
    case optionalSlot(Int32)
    /// A constant of the function.
    case constant(Int32)
    /// A remote name of the function, called with `arguments` values.
    case remoteName(Int32, arguments: Int32)
    /// A function of the same module, called with `arguments` values.
    case function(Int32, arguments: Int32)
    /// A function of the same module made into a closure of `captures` values.
    case closure(Int32, captures: Int32)
    /// An entry of the builtin table, called with `arguments` values.
    case builtin(Int32, arguments: Int32)
    /// An instruction of the same function where control may continue.
    case target(Int32)
    /// The instruction a `try` handler continues at, with the caught `{kind, value, stacktrace}` pushed.
    case handler(Int32)
}

extension Instruction {
    /// The target a jump is emitted with before the compiler knows where it goes.
    public static let placeholder: Int32 = -1

    /// This instruction's contract: its stack effect, control flow and operands.
    public var contract: InstructionContract {
        switch self {
        case .pushConstant(let index): return InstructionContract(pushes: 1, .next, [.constant(index)])
        case .pushLocal(let slot): return InstructionContract(pushes: 1, .next, [.slot(slot)])
        case .storeLocal(let slot): return InstructionContract(pops: 1, .next, [.slot(slot)])
        case .pop: return InstructionContract(pops: 1)
        case .makeTuple(let count), .makeList(let count), .concatStrings(let count):
            return InstructionContract(pops: Int(count), pushes: 1)
        case .makeListWithTail(let count): return InstructionContract(pops: Int(count) + 1, pushes: 1)
        case .makeMap(let count): return InstructionContract(pops: 2 * Int(count), pushes: 1)
        case .updateMap(let count): return InstructionContract(pops: 2 * Int(count) + 1, pushes: 1)
        case .makeClosure(let index, let count):
            return InstructionContract(pops: Int(count), pushes: 1, .next, [.closure(index, captures: count)])
        case .arithmetic, .compare: return InstructionContract(pops: 2, pushes: 1)
        case .arithmeticConstant(_, let index): return InstructionContract(pops: 1, pushes: 1, .next, [.constant(index)])
        case .localArithmetic(_, let slot, let index): return InstructionContract(pushes: 1, .next, [.slot(slot), .constant(index)])
        case .compareJump(_, let target): return InstructionContract(pops: 2, .next, [.target(target)])
        case .localsArithmetic(_, let left, let right): return InstructionContract(pushes: 1, .next, [.slot(left), .slot(right)])
        case .compareLocalsJump(_, let left, let right, let target): return InstructionContract(.next, [.slot(left), .slot(right), .target(target)])
        case .compareConstantJump(_, let slot, let index, let target):
            return InstructionContract(.next, [.slot(slot), .constant(index), .target(target)])
        case .jump(let target): return InstructionContract(pops: 0, .jump, [.target(target)])
        case .switchInteger(let slot, _, let count, let table):
            return InstructionContract(.jump, [.slot(slot)] + (0...max(count, 0)).map { .target(table + $0) })
        case .jumpIfFalsy(let target), .jumpUnlessTrue(let target), .jumpIfFalseStrict(let target):
            return InstructionContract(pops: 1, .next, [.target(target)])
        case .callLocal(let index, let argc):
            return InstructionContract(pops: Int(argc), pushes: 1, .next, [.function(index, arguments: argc)])
        case .tailCallLocal(let index, let argc):
            return InstructionContract(pops: Int(argc), .leave, [.function(index, arguments: argc)])
        case .callRemote(let index, let argc):
            return InstructionContract(pops: Int(argc), pushes: 1, .next, [.remoteName(index, arguments: argc)])
        case .tailCallRemote(let index, let argc):
            return InstructionContract(pops: Int(argc), .leave, [.remoteName(index, arguments: argc)])
        case .applyRemote: return InstructionContract(pops: 3, pushes: 1)
        case .applyValue: return InstructionContract(pops: 2, pushes: 1)
        case .callValue(let argc): return InstructionContract(pops: Int(argc) + 1, pushes: 1)
        case .tailCallValue(let argc): return InstructionContract(pops: Int(argc) + 1, .leave)
        case .callBuiltin(let index, let argc), .send(let index, let argc):
            return InstructionContract(pops: Int(argc), pushes: 1, .next, [.builtin(index, arguments: argc)])
        case .returnValue: return InstructionContract(pops: 1, .leave)
        case .returnConstant(let index): return InstructionContract(.leave, [.constant(index)])
        case .returnArithmetic: return InstructionContract(pops: 2, .leave)
        case .testTuple(let slot, _, let fail), .testCons(let slot, let fail), .testEmptyList(let slot, let fail),
            .testMap(let slot, let fail), .testInteger(let slot, _, let fail):
            return InstructionContract(.next, [.slot(slot), .target(fail)])
        case .getElement(let slot, _, let into): return InstructionContract(.next, [.slot(slot), .slot(into)])
        case .getHeadTail(let slot, let head): return InstructionContract(.next, [.slot(slot), .slot(head), .slot(head + 1)])
        case .getMapValue(let slot, let into, let fail):
            return InstructionContract(pops: 1, .next, [.slot(slot), .slot(into), .target(fail)])
        case .testConstant(let slot, let index, let fail), .testBinaryPrefix(let slot, let index, let fail):
            return InstructionContract(.next, [.slot(slot), .constant(index), .target(fail)])
        case .testSameAsLocal(let slot, let other, let fail):
            return InstructionContract(.next, [.slot(slot), .slot(other), .target(fail)])
        case .testEqualsPopped(let slot, let fail): return InstructionContract(pops: 1, .next, [.slot(slot), .target(fail)])
        case .takeBinarySegment(let slot, let index, let into, let fail):
            return InstructionContract(.next, [.slot(slot), .constant(index), .slot(into), .target(fail)])
        case .raiseNoMatch(let slot, let index): return InstructionContract(.raise, [.optionalSlot(slot), .constant(index)])
        case .pushHandler(let target): return InstructionContract(.next, [.handler(target)])
        case .pushGuardHandler(let target): return InstructionContract(.next, [.target(target)])
        case .popHandler, .receiveBegin, .receiveAccept: return InstructionContract()
        case .reraise: return InstructionContract(pops: 1, .raise)
        case .receiveNext(let slot, let wait): return InstructionContract(.next, [.slot(slot), .target(wait)])
        case .receiveSkip(let next): return InstructionContract(.jump, [.target(next)])
        case .receiveWait(let slot, let begin, let after):
            let waitsForever = slot == -1 && after == Instruction.placeholder
            return InstructionContract(.jump, [.optionalSlot(slot), .target(begin)] + (waitsForever ? [] : [.target(after)]))
        }
    }

    /// The same instruction with its jump or failure target set to `target` (`receiveWait`, with
    /// two targets, gets its placeholders set). One case per opcode, so a new opcode with a target
    /// cannot be left out; patching one without a target leaves the placeholder for the verifier.
    func retargeted(to target: Int32) -> Instruction {
        switch self {
        case .jump: return .jump(target)
        case .jumpIfFalsy: return .jumpIfFalsy(target)
        case .jumpUnlessTrue: return .jumpUnlessTrue(target)
        case .jumpIfFalseStrict: return .jumpIfFalseStrict(target)
        case .compareJump(let comparison, _): return .compareJump(comparison, target)
        case .compareLocalsJump(let comparison, let left, let right, _): return .compareLocalsJump(comparison, left: left, right: right, target: target)
        case .compareConstantJump(let comparison, let slot, let index, _):
            return .compareConstantJump(comparison, slot: slot, index: index, target: target)
        case .pushHandler: return .pushHandler(target)
        case .pushGuardHandler: return .pushGuardHandler(target)
        case .testTuple(let slot, let size, _): return .testTuple(slot: slot, size: size, fail: target)
        case .testCons(let slot, _): return .testCons(slot: slot, fail: target)
        case .testEmptyList(let slot, _): return .testEmptyList(slot: slot, fail: target)
        case .testMap(let slot, _): return .testMap(slot: slot, fail: target)
        case .getMapValue(let slot, let into, _): return .getMapValue(slot: slot, into: into, fail: target)
        case .testConstant(let slot, let index, _): return .testConstant(slot: slot, index: index, fail: target)
        case .testInteger(let slot, let value, _): return .testInteger(slot: slot, value: value, fail: target)
        case .testSameAsLocal(let slot, let other, _): return .testSameAsLocal(slot: slot, other: other, fail: target)
        case .testEqualsPopped(let slot, _): return .testEqualsPopped(slot: slot, fail: target)
        case .testBinaryPrefix(let slot, let index, _): return .testBinaryPrefix(slot: slot, index: index, fail: target)
        case .takeBinarySegment(let slot, let index, let into, _):
            return .takeBinarySegment(slot: slot, index: index, into: into, fail: target)
        case .receiveNext(let slot, _): return .receiveNext(slot: slot, wait: target)
        case .receiveSkip: return .receiveSkip(next: target)
        case .receiveWait(let slot, let begin, let after):
            let placeholder = Instruction.placeholder
            return .receiveWait(slot: slot, begin: begin == placeholder ? target : begin, after: after == placeholder ? target : after)
        case .pushConstant, .pushLocal, .storeLocal, .pop, .makeTuple, .makeList, .makeListWithTail, .makeMap, .updateMap,
            .concatStrings, .makeClosure, .switchInteger, .arithmetic, .arithmeticConstant, .localArithmetic, .localsArithmetic, .compare, .callLocal, .tailCallLocal, .callRemote, .tailCallRemote,
            .applyRemote, .applyValue, .callValue, .tailCallValue, .callBuiltin, .send, .returnValue, .returnConstant, .returnArithmetic, .getElement, .getHeadTail,
            .raiseNoMatch, .popHandler, .reraise, .receiveBegin, .receiveAccept:
            return self
        }
    }
}
