import Terms

/// What `defmodule` evaluates to, as in Elixir: `{:module, Name, <<beam>>, last}`, where `last`
/// is the value of the module body's last form (`{:name, arity}` after a `def`, the struct after
/// `defstruct`, `:ok` after an attribute or `defexception`, the module after `alias` or `import`).
enum ModuleDefinitionValue {
    /// The value of `defmodule` for `module`, whose body's last form is `last`.
    static func value(of module: ModuleCode, last: SyntaxNode?, compiler: Compiler) -> Term {
        let bytes = BeamFileHeader.bytes(module: module.name, functions: module.functions.filter { !$0.isAnonymous }.map(\.name))
        return .tuple(.atom("module"), .atom(module.name), .binary(BinaryBox(bytes)), lastValue(last, module: module, compiler: compiler))
    }

    private static func lastValue(_ node: SyntaxNode?, module: ModuleCode, compiler: Compiler) -> Term {
        guard let node else { return .nil }
        switch node.callName {
        case "def", "defp", "defmacro", "defmacrop", "defguard", "defguardp":
            return definedFunction(node)
        case "test", "describe":
            return module.tests.last.map { .tuple(.atom($0.function), .int(1)) } ?? .nil
        case "setup":
            return module.setups.last.map { .tuple(.atom($0), .int(1)) } ?? .nil
        case "defstruct":
            return module.structFields.map { Term.makeStruct(module.name, fields: $0) } ?? .nil
        case "defexception", "@":
            return .atom("ok")
        case "use":
            return .atom(Atom("Elixir.ExUnit.DocTest"))
        case "alias", "import", "require":
            return node.arguments?.first.flatMap(compiler.moduleName).map { .atom(Atom($0)) } ?? .nil
        default:
            return ConstantFolder.value(of: node) ?? .nil
        }
    }

    /// `{:name, arity}` of the function a `def` (with a guard or default arguments) defines.
    private static func definedFunction(_ node: SyntaxNode) -> Term {
        guard var head = node.arguments?.first else { return .nil }
        if head.callName == "when", let parts = head.arguments, let call = parts.first { head = call }
        switch head.kind {
        case .variable(let name): return .tuple(.atom(Atom(name)), .int(0))
        case .call(.name(let name), let parameters): return .tuple(.atom(Atom(name)), .int(parameters.count))
        default: return .nil
        }
    }
}
