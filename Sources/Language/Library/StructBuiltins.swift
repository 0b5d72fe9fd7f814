import Terms

/// Builtins that read the struct definitions of the running program.
enum StructBuiltins {
    /// `:proctor.struct_defaults/1` and `:proctor.struct_enforced_keys/1`, used by `struct/2` and `struct!/2`,
    /// and `:proctor.struct_field_names/1`, the fields in definition order, for a derived `Inspect`.
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("struct_defaults", 1) { (args, context) throws(GuestError) -> Term in
            guard case .atom(let module) = args[0] else { throw ArgumentChecks.badArgument(1, "not an atom") }
            guard let definition = context.machine.program.structs.definition(of: module) else {
                throw .exception("UndefinedFunctionError", [
                    ("module", args[0]), ("function", .atom("__struct__")), ("arity", .int(0)),
                    ("reason", .atom("module_could_not_be_loaded")),
                ])
            }
            return Term.makeStruct(module, fields: definition.fields)
        }
        helpers.define("struct_enforced_keys", 1) { (args, context) throws(GuestError) -> Term in
            let module = try ArgumentChecks.atom(args[0])
            return .list((context.machine.program.structs.definition(of: module)?.enforcedKeys ?? []).map { .atom($0) })
        }
        helpers.define("struct_field_names", 1) { (args, context) throws(GuestError) -> Term in
            let module = try ArgumentChecks.atom(args[0])
            let fields = context.machine.program.structs.definition(of: module)?.fields ?? []
            return .list(fields.map(\.key).filter { $0.name != "__exception__" }.map { .atom($0) })
        }
        return helpers.builtins
    }
}
