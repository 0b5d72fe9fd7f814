import Runtime
import Terms

/// Helpers the compiler and the library's Elixir files call (module `:proctor`); not meant for learners.
enum InternalBuiltins {
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("raise", 1) { (args, context) throws(GuestError) -> Term in
            throw try exception(from: args[0], fields: .emptyList, context: context)
        }
        helpers.define("exception_in?", 2) { (args, _) throws(GuestError) -> Term in
            guard let name = args[0].structName else { return .false }
            return .bool((args[1].properListElements ?? []).contains(.atom(name)))
        }
        helpers.define("dot", 2) { (args, _) throws(GuestError) -> Term in
            guard case .map(let box) = args[0] else {
                let hint = "If you are using the dot syntax, such as map.field, make sure the left-hand side of the dot is a map"
                let text = "key \(args[1].inspect()) not found in: \(args[0].inspect(InspectOptions(pretty: true))). " + hint
                throw .exception("KeyError", [("key", args[1]), ("term", args[0]), ("message", .string(text))])
            }
            guard let value = box.get(args[1]) else { throw .keyError(args[1], in: args[0]) }
            return value
        }
        helpers.define("iex_value", 1) { (args, context) throws(GuestError) -> Term in
            let number = try ArgumentChecks.integer(args[0])
            guard let history = (context.process.body as? ShellBody)?.history else {
                throw .exception("RuntimeError", [("message", .string("v/1 works only in the iex shell"))])
            }
            guard let value = history.value(number) else {
                throw .exception("RuntimeError", [("message", .string("v(\(number)) is out of bounds"))])
            }
            return value
        }
        helpers.define("to_list", 1) { (args, _) throws(GuestError) -> Term in try enumerableList(args[0]) }
        helpers.define("task_failed", 6) { (args, context) throws(GuestError) -> Term in
            let message: String? = if case .binary = args[4] { try? TextOperations.displayString(args[4]) } else { nil }
            let failure = TaskFailure(kind: args[2], value: args[3], message: message, trace: args[5])
            throw taskFailure(owner: args[0], function: args[1], failure, context: context)
        }
        helpers.define("sort", 1) { (args, context) throws(GuestError) -> Term in try CollectionBuiltins.sorted(args[0], context: context) }
        helpers.define("binary_chunks", 2) { (args, _) throws(GuestError) -> Term in
            let box = try ArgumentChecks.bitstring(args[0])
            if args[1] == .atom("utf8") {
                return .list(String(decoding: box.slice.prefix(box.bitCount / 8), as: UTF8.self).unicodeScalars.map { .binary(BinaryBox(Array(String($0).utf8))) })
            }
            let size = max(try ArgumentChecks.integer(args[1], position: 2), 1)
            return .list(stride(from: 0, to: box.bitCount - size + 1, by: size).map { .binary(box.bits(from: $0, count: size)) })
        }
        return helpers.builtins
    }

    /// What `raise` raises for its arguments: a message, a module (with fields or a message), or an exception.
    static func exception(from value: Term, fields: Term, context: BuiltinContext) throws(GuestError) -> GuestError {
        switch value {
        case .binary:
            return .runtime(try TextOperations.displayString(value))
        case .atom(let module):
            guard let definition = context.machine.program.structs.definition(of: module), definition.isException else {
                return .argument("raise/1 expects a module name, a string or an exception as argument, got: \(value.inspect())")
            }
            var pairs = definition.fields
            if case .binary = fields {
                set(&pairs, "message", fields)
            } else {
                for element in fields.properListElements ?? [] {
                    if case .tuple(let pair) = element, pair.elements.count == 2, case .atom(let key) = pair.elements[0] {
                        set(&pairs, key.name, pair.elements[1])
                    }
                }
            }
            if let index = pairs.firstIndex(where: { $0.key.name == "message" }), pairs[index].value == .nil,
                let text = defaultMessages[module.name]
            {
                pairs[index].value = .string(text)
            }
            return GuestError(.error, Term.makeStruct(module, fields: pairs))
        default:
            guard case .map(let box) = value, box.get(.atom("__exception__")) == .true else {
                return .argument("raise/1 expects a module name, a string or an exception as argument, got: \(value.inspect())")
            }
            return GuestError(.error, value)
        }
    }

    private static let defaultMessages = [
        "Elixir.RuntimeError": "runtime error", "Elixir.ArgumentError": "argument error",
        "Elixir.ArithmeticError": "bad argument in arithmetic expression",
    ]

    private static func set(_ pairs: inout [(key: Atom, value: Term)], _ key: String, _ value: Term) {
        if let index = pairs.firstIndex(where: { $0.key.name == key }) {
            pairs[index].value = value
        } else {
            pairs.append((Atom(key), value))
        }
    }

    /// The elements of an enumerable that is not a list or a range (maps); raises for the rest.
    static func enumerableList(_ value: Term) throws(GuestError) -> Term {
        switch value {
        case .emptyList, .cons: return value
        case .map(let box) where value.structName == nil:
            return .list(box.entries.map { .tuple($0.key, $0.value) })
        default:
            throw .protocolUndefined("Enumerable", value)
        }
    }

    /// Logs a task's failure as Elixir's Task report does (written at once: the task logs before it
    /// exits, so the report is out even when its exit ends the script), with the stack trace where it
    /// failed, then exits the task with its reason (a raise's reason carries that stack trace).
    private static func taskFailure(owner: Term, function: Term, _ failure: TaskFailure, context: BuiltinContext) -> GuestError {
        let reason: Term
        let headline: String
        switch ErrorKind(failure.kind) ?? .error {
        case .error:
            reason = .tuple(ErlangReasons.reason(for: failure.value), failure.trace)
            headline = ExceptionFormatter.banner(failure.value, message: failure.message)
        case .exit:
            if failure.value == .atom(.normal) { return GuestError(.exit, failure.value) }
            reason = failure.value
            headline = ErrorLogger.stopLine(inspectedReason: failure.value.inspect())
        case .throw:
            let nocatch = Term.tuple(.atom("nocatch"), failure.value)
            reason = .tuple(nocatch, failure.trace)
            headline = ErrorLogger.stopLine(inspectedReason: nocatch.inspect())
        }
        if case .pid(let starter) = owner {
            let report = ErrorLogger.taskFailureReport(
                task: context.process.pid, starter: starter, failure: StackTrace.appended(to: headline, StackTrace.lines(of: failure.trace)),
                function: function.inspect(), arguments: "[]")
            context.process.logError(report)
            context.process.runtime.flushErrorLog()
        }
        return GuestError(.exit, reason)
    }
}

/// How a task's function failed: the kind (`:error`, `:exit`, `:throw`), the raised value,
/// the exception's own message and the stack trace where it failed.
private struct TaskFailure {
    let kind: Term
    let value: Term
    let message: String?
    let trace: Term
}
