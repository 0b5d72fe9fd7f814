import Terms

/// `Mod.__info__/1` and `Mod.module_info/0,1`, which every module of the BEAM has: what the
/// module defines, for code that looks itself up (`Mod.__info__(:functions)`).
enum ModuleInfo {
    private static let infoName = Atom("__info__")
    private static let moduleInfoName = Atom("module_info")

    /// Whether `name` is one of these functions of a loaded module.
    static func defines(_ name: RemoteName, in program: Program) -> Bool {
        isInfoFunction(name) && program.module(name.module) != nil
    }

    /// What calling `name` with `arguments` gives, or nil when it is not one of these functions.
    static func call(_ name: RemoteName, _ arguments: [Term], program: Program) throws(GuestError) -> Term? {
        guard isInfoFunction(name), let module = program.module(name.module) else { return nil }
        if name.function == moduleInfoName {
            guard let item = arguments.first else {
                return .list(["module", "exports", "attributes", "compile"].map { .tuple(.atom($0), moduleInfo($0, module, program: program) ?? .emptyList) })
            }
            guard case .atom(let atom) = item, let value = moduleInfo(atom.name, module, program: program) else { throw .argument("argument error") }
            return value
        }
        guard case .atom(let item) = arguments[0], let value = info(item.name, module, program: program) else {
            throw GuestError.exception("FunctionClauseError", [
                ("module", .atom(module.name)), ("function", .atom("-inlined-__info__/1-")), ("arity", .int(1)),
                ("kind", .nil), ("args", .list([arguments[0]])), ("clauses", .nil),
            ])
        }
        return value
    }

    private static func isInfoFunction(_ name: RemoteName) -> Bool {
        (name.function == infoName && name.arity == 1) || (name.function == moduleInfoName && name.arity <= 1)
    }

    /// One item of `__info__/1`.
    private static func info(_ item: String, _ module: ModuleCode, program: Program) -> Term? {
        switch item {
        case "module": return .atom(module.name)
        case "functions": return keywords(functions(of: module, program: program).filter { !$0.name.hasPrefix("MACRO-") })
        case "macros":
            return keywords(functions(of: module, program: program).filter { $0.name.hasPrefix("MACRO-") }.map { (String($0.name.dropFirst(6)), $0.arity - 1) })
        case "struct": return structInfo(module.name, program: program)
        case "attributes", "compile", "deprecated": return .emptyList
        case "md5": return .binary(BinaryBox([UInt8](repeating: 0, count: 16)))
        default: return nil
        }
    }

    /// One item of `module_info/1`.
    private static func moduleInfo(_ item: String, _ module: ModuleCode, program: Program) -> Term? {
        switch item {
        case "module": return .atom(module.name)
        case "exports":
            let own = functions(of: module, program: program) + [("__info__", 1), ("module_info", 0), ("module_info", 1)]
            return .list(own.map { .tuple(.atom($0.name), .int($0.arity)) })
        case "attributes", "compile", "functions", "nifs": return .emptyList
        case "md5": return .binary(BinaryBox([UInt8](repeating: 0, count: 16)))
        default: return nil
        }
    }

    /// The module's public functions (its own, `__struct__/0,1` of a struct, and the builtins of
    /// its name), sorted as Elixir sorts them.
    private static func functions(of module: ModuleCode, program: Program) -> [(name: String, arity: Int)] {
        var own = module.exports.keys.map { ($0.name.name, $0.arity) }
        if program.structs.definition(of: module.name) != nil, module.exported(Atom("__struct__"), arity: 0) == nil {
            own += [("__struct__", 0), ("__struct__", 1)]
        }
        let builtins = Builtins.table.filter { $0.name.module == module.name }.map { ($0.name.function.name, $0.name.arity) }
        return (own + builtins).sorted { $0.0 == $1.0 ? $0.1 < $1.1 : Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }
    }

    private static func keywords(_ pairs: [(name: String, arity: Int)]) -> Term {
        .list(pairs.map { .tuple(.atom($0.name), .int($0.arity)) })
    }

    /// `[%{field: :a, required: false}, ...]`, or nil for a module without a struct.
    private static func structInfo(_ module: Atom, program: Program) -> Term {
        guard let definition = program.structs.definition(of: module) else { return .nil }
        let fields = definition.fields.filter { $0.key.name != "__exception__" }
        return .list(fields.map { field in
            Term.map(pairs: [(.atom("field"), .atom(field.key)), (.atom("required"), .bool(definition.enforcedKeys.contains(field.key)))])
        })
    }
}
