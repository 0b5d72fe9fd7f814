import Terms

/// `Code.eval_string/1,2,3` and `Code.eval_quoted/1,2,3` (written in `Code.ex`) inside the sandbox:
/// the code, a string or a quoted form, is compiled as iex compiles an input, into a function of
/// the binding's variables that returns the code's value and the variables it ends with, in a
/// module of its own in the running program. The code then runs in the calling process like any
/// other guest code, under the same limits. A compile error raises Elixir's exception for it.
enum CodeEvaluationBuiltins {
    /// The builtins this file defines.
    static var all: [Builtin] {
        var helpers = BuiltinModule("proctor")
        helpers.define("compile_eval", 3) { (args, context) throws(GuestError) -> Term in
            let names = try context.walkedList(args[1], position: 2).map { term throws(GuestError) -> String in
                guard case .atom(let name) = term else { throw GuestError.argument("a binding's names must be atoms, got: \(term.inspect())") }
                return name.name
            }
            return try compile(args[0], variables: names, file: try ArgumentChecks.string(args[2]), context: context)
        }
        return helpers.builtins
    }

    /// `{module, names}`: the module whose `__input__/n` evaluates the code given the variables'
    /// values in `variables` order, and returns `{value, values}`, the values of the variables `names`.
    private static func compile(_ code: Term, variables: [String], file: String, context: BuiltinContext) throws(GuestError) -> Term {
        let (tree, source) = try syntax(of: code, file: file, context: context)
        let program = context.machine.program
        let compiler = Compiler(file: file, source: source, environment: program)
        let module = Atom(Compiler.scriptModulePrefix + "eval_\(program.modules.count)")
        let compiled: CompiledInput
        let names: [String]
        do {
            (compiled, names) = try compiler.compileInput(tree, parameters: variables, module: module, importsHelpers: false)
        } catch {
            let first = error.errors.first
            let fields: [(String, Term)] = [("file", .string(file)), ("line", .int(first?.line ?? 1)), ("description", .string(first?.message ?? "invalid code"))]
            throw GuestError.exception(first?.exception ?? "CompileError", fields)
        }
        for warning in compiled.file.warnings { context.process.groupLeader.write(warning, to: .standardError) }
        let script = compiled.file.scriptModule
        let entry = FunctionKey(name: Atom("__input__"), arity: variables.count)
        script.definitions[entry] = 0
        script.exports[entry] = 0
        for defined in compiled.file.modules { program.install(defined) }
        program.install(script)
        return .tuple(.atom(module), .list(names.map { Term.atom($0) }))
    }

    /// The syntax of `code`: a string parsed (a syntax error raises `SyntaxError`), or `{:quoted,
    /// form}`, whose variables of a context (a quote's) are not the binding's, as in Elixir.
    private static func syntax(of code: Term, file: String, context: BuiltinContext) throws(GuestError) -> (SyntaxNode, String) {
        if case .tuple(let box) = code, box.elements.count == 2, box.elements[0] == .atom("quoted") {
            let quoted = box.elements[1]
            context.chargeElements(quoted.inspect().count / 8)
            do {
                let tree = try QuotedTerm.syntax(of: quoted, at: SourcePosition(line: 1, column: 1)) { MacroHygiene.name($0, context: $1, expansion: 0) }
                return (tree, "")
            } catch {
                throw GuestError.argument("invalid quoted expression: \(error.term.inspect())")
            }
        }
        let source = try ArgumentChecks.string(code)
        context.chargeElements(source.utf8.count / 8)
        let parsed = ElixirParser.parse(source)
        guard let tree = parsed.tree else {
            let diagnostic = parsed.diagnostics.first
            let fields: [(String, Term)] = [
                ("file", .string(file)), ("line", .int(diagnostic?.position.line ?? 1)), ("column", .int(diagnostic?.position.column ?? 1)),
                ("description", .string(diagnostic?.message ?? "syntax error")),
            ]
            throw GuestError.exception("SyntaxError", fields)
        }
        return (tree, source)
    }
}
