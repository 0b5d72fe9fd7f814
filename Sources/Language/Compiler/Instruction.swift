import Terms

/// The opcode table: every instruction of proctor's bytecode, with its effect.
///
/// The compiler emits these, the VM dispatches on them and the disassembler
/// prints them; nothing else defines an opcode. Operands are slot numbers
/// (locals of the current frame), constant indices, jump targets (instruction
/// indices in the same function) and counts. "push"/"pop" refer to the
/// operand stack above the frame's locals.
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
    /// Pop the result, leave the frame and push the result in the caller.
    case returnValue

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
    /// Wait for a message, with the timeout (ms, or `:infinity`) in local `slot` (-1: forever); on a new message continue at `begin`, on timeout at `after`.
    case receiveWait(slot: Int32, begin: Int32, after: Int32)
}

/// A remote function's name as a constant: module, function and arity.
public struct RemoteName: Hashable, Sendable {
    /// The module's atom (`Elixir.Enum`, `erlang`).
    public let module: Atom
    /// The function's name.
    public let function: Atom
    /// How many arguments it takes.
    public let arity: Int
}

/// The arithmetic operators with an instruction of their own.
public enum ArithmeticOperation: String, Sendable, Equatable, CustomStringConvertible {
    case add = "+", subtract = "-", multiply = "*"

    /// The operator, as the disassembler shows it.
    public var description: String { rawValue }
}

/// The comparison operators with an instruction of their own.
public enum Comparison: String, Sendable, Equatable, CustomStringConvertible {
    case equal = "==", notEqual = "!=", strictlyEqual = "===", notStrictlyEqual = "!=="
    case less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="

    /// The operator, as the disassembler shows it.
    public var description: String { rawValue }
}
