import Terms

/// `struct/2`, `struct!/2` and `function_exported?/3`: Kernel functions that consult the loaded program.
enum StructBuiltins {
    /// The builtins this file defines, for `Builtins.table`.
    static var all: [Builtin] {
        var kernel = BuiltinModule("Elixir.Kernel")
        kernel.define("struct", 2) { (args, context) throws(GuestError) -> Term in
            try build(args[0], fields: args[1], strict: false, program: context.machine.program)
        }
        kernel.define("struct!", 2) { (args, context) throws(GuestError) -> Term in
            try build(args[0], fields: args[1], strict: true, program: context.machine.program)
        }
        kernel.define("function_exported?", 3) { (args, context) throws(GuestError) -> Term in
            let module = try ArgumentChecks.atom(args[0])
            let name = try ArgumentChecks.atom(args[1], position: 2)
            let arity = try ArgumentChecks.integer(args[2], position: 3)
            let remote = RemoteName(module: module, function: name, arity: arity)
            return .bool(context.machine.program.exports(module, name.name, arity: arity) || Builtins.index(of: remote) != nil)
        }
        return kernel.builtins
    }

    /// A struct of `base` (a module or a struct) with `fields` (key-value pairs) put in; unknown keys
    /// are skipped, or raise KeyError when `strict`.
    private static func build(_ base: Term, fields: Term, strict: Bool, program: Program) throws(GuestError) -> Term {
        guard case .map(var box) = try start(base, program: program) else { throw .badMap(base) }
        let structTerm = Term.map(box)
        for pair in try pairs(fields) {
            guard pair.key != .atom(Atom.structKey), let updated = box.updating(pair.key, pair.value) else {
                if strict {
                    throw .exception("KeyError", [("key", pair.key), ("term", structTerm), ("message", .string("key \(pair.key.inspect()) not found"))])
                }
                continue
            }
            box = updated
        }
        return .map(box)
    }

    private static func start(_ base: Term, program: Program) throws(GuestError) -> Term {
        if base.structName != nil { return base }
        let module = try ArgumentChecks.atom(base)
        guard let definition = program.structs.definition(of: module) else {
            throw .argument("\(Term.atom(module).inspect()) is not a struct")
        }
        return Term.makeStruct(module, fields: definition.fields)
    }

    private static func pairs(_ fields: Term) throws(GuestError) -> [(key: Term, value: Term)] {
        if case .map(let box) = fields { return box.entries.map { ($0.key, $0.value) } }
        var result: [(key: Term, value: Term)] = []
        for element in try ArgumentChecks.list(fields, position: 2) {
            guard case .tuple(let pair) = element, pair.elements.count == 2 else { throw ArgumentChecks.badArgument(2, "not a list of pairs") }
            result.append((pair.elements[0], pair.elements[1]))
        }
        return result
    }
}
