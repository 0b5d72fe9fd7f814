import Terms

/// The Swift half of `IO.puts/1` (writing the text) and of `inspect`: laying out a term (`Kernel.inspect/2` and `IO.inspect/2` call
/// these once `Inspect` has replaced each user struct that implements the protocol by the
/// document its `inspect/2` built), finding such structs, and laying out an `Inspect.Algebra`
/// document (`Inspect.Algebra.format/2`).
enum InspectBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("inspect", 2) { (args, context) throws(GuestError) -> Term in
            context.chargeElements(1)
            return .string(args[0].inspect(InspectOptionParsing.options(args[1], pretty: false)))
        }
        helpers.define("io_inspect", 2) { (args, context) throws(GuestError) -> Term in
            var label = ""
            for element in args[1].properListElements ?? [] {
                if case .tuple(let pair) = element, pair.elements.count == 2, pair.elements[0] == .atom("label") {
                    label = try TextOperations.displayString(pair.elements[1]) + ": "
                }
            }
            let options = InspectOptionParsing.options(args[1], pretty: true)
            context.process.write(label + args[0].inspectForIO(options) + "\n")
            return .ok
        }
        helpers.define("puts", 1) { (args, context) throws(GuestError) -> Term in
            context.process.write(try TextOperations.displayString(args[0]) + "\n")
            return .ok
        }
        helpers.define("custom_inspect?", 1) { (args, context) throws(GuestError) -> Term in
            .bool(hasCustomInspect(args[0], context))
        }
        helpers.define("format_doc", 2) { (args, _) throws(GuestError) -> Term in
            let width: Int? = if case .int(let columns) = args[1] { columns } else { nil }
            return .string(Term.formatDocument(args[0], width: width))
        }
        return helpers.builtins
    }

    /// Whether `term` holds a struct whose module has its own `Inspect` implementation
    /// (a derived one prints as any struct does).
    private static func hasCustomInspect(_ term: Term, _ context: BuiltinContext) -> Bool {
        var stack = [term]
        var walked = 0
        defer { context.chargeElements(walked) }
        while let next = stack.popLast() {
            walked += 1
            switch next {
            case .cons(let cell):
                stack.append(cell.tail)
                stack.append(cell.head)
            case .tuple(let box): stack.append(contentsOf: box.elements)
            case .map(let box):
                if let module = next.structName, implementsInspect(module, context.machine.program) { return true }
                for entry in box.entries { stack += [entry.key, entry.value] }
            default: continue
            }
        }
        return false
    }

    private static func implementsInspect(_ module: Atom, _ program: Program) -> Bool {
        let name = module.name.hasPrefix("Elixir.") ? String(module.name.dropFirst("Elixir.".count)) : module.name
        guard let implementation = program.module(Atom("Elixir.Inspect." + name)) else { return false }
        return implementation.exported(Atom("__derived__"), arity: 0) == nil
    }
}
