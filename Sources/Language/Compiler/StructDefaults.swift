import Terms

/// `defstruct` (or `defexception`) defaults that are expressions (`created: System.monotonic_time()`,
/// `name: String.upcase(@default)`): Elixir evaluates them once, when the module body reaches the
/// `defstruct`, and every struct built later shares the values. proctor evaluates them at the same
/// point with the macro runner and redefines the struct the file declared with placeholders.
extension ModuleCompiler {
    /// Evaluates the defaults of `item` that are not literals and gives the struct their values.
    func evaluateStructDefaults(_ item: SyntaxNode, context: ModuleContext) {
        guard let list = item.arguments?.first, case .list(let entries) = list.kind,
            let definition = compiler.structs.definition(of: module.name)
        else { return }
        var expressions: [Atom: SyntaxNode] = [:]
        for entry in entries {
            guard case .pair(let key, let value) = entry.kind, let name = key.atomName, ConstantFolder.value(of: value) == nil else { continue }
            expressions[Atom(name)] = value
        }
        guard !expressions.isEmpty else { return }
        var fields = definition.fields
        for index in fields.indices {
            guard let expression = expressions[fields[index].key] else { continue }
            if expression.callName == "&" {
                let message = "defstruct default for :\(fields[index].key.name) is the function \(ElixirPrinter.source(of: expression)): proctor supports struct defaults that are data only (call the function from one of the module's functions instead)"
                compiler.report(message, at: expression)
                return
            }
            guard let value = compiler.evaluateInModuleBody(expression, context: context) else { return }
            if let part = Self.unescapable(value) {
                let supported = "The supported values are: lists, tuples, maps, atoms, numbers, bitstrings, PIDs and remote functions in the format &Mod.fun/arity"
                let message = "invalid value for struct field \(fields[index].key.name), cannot escape \(part.inspect()). \(supported)"
                compiler.report(message, at: expression, exception: "ArgumentError")
                return
            }
            fields[index].value = value
        }
        compiler.structs.define(module.name, fields: fields, isException: definition.isException, enforcedKeys: definition.enforcedKeys)
        module.structFields = fields
    }

    /// The first part of `value` that cannot be written into code as a struct's default (a
    /// reference, a port, an anonymous function), walked with an explicit stack; nil when none.
    static func unescapable(_ value: Term) -> Term? {
        var pending = [value]
        while let term = pending.popLast() {
            switch term {
            case .ref: return term
            case .fun(let function) where !function.inspectText.hasPrefix("&"): return term
            case .cons(let cell): pending += [cell.tail, cell.head]
            case .tuple(let box): pending += box.elements.reversed()
            case .map(let box): pending += box.entries.flatMap { [$0.key, $0.value] }.reversed()
            default: continue
            }
        }
        return nil
    }
}
