import Terms

/// Expanding a call of a macro defined by an earlier module of the file: the call's arguments
/// become quoted terms, the macro's code runs (`MacroRunner`), and the quoted term it returns
/// becomes the syntax compiled in the call's place.
extension Compiler {
    /// Expansions nested deeper than this (a macro whose expansion calls itself) are an error.
    static let macroDepthLimit = 100

    /// The code of macro `name/arity` of `module`, when a module compiled earlier in this file defines it.
    func macro(_ module: Atom, _ name: String, arity: Int) -> FunctionCode? {
        compiledModules[module]?.exported(Atom("MACRO-" + name), arity: arity + 1)
    }

    /// The syntax the call `node` of macro `name/arity` of `module` expands to, or nil after reporting
    /// why it could not be expanded. `caller` is the module the call is written in, `function` the
    /// function (nil in a module body).
    func expand(
        _ code: FunctionCode, module: Atom, name: String, arguments: [SyntaxNode], node: SyntaxNode,
        caller: ModuleContext, function: FunctionCode?
    ) -> SyntaxNode? {
        let environment = callerEnvironment(caller, function: function, line: node.position.line)
        return expand(code, module: module, name: name, quoted: [environment] + arguments.map(QuotedTerm.term(of:)), node: node, caller: caller, function: function)
    }

    /// The expansion of macro `name` of `module` called with `quoted` (the caller's environment first).
    func expand(
        _ code: FunctionCode, module: Atom, name: String, quoted: [Term], node: SyntaxNode,
        caller: ModuleContext, function: FunctionCode?
    ) -> SyntaxNode? {
        let display = "\(Term.atom(module).inspect()).\(name)/\(quoted.count - 1)"
        let callerName = function.map(CompileWarning.functionName) ?? (caller.isTopLevel ? "(file)" : "(module)")
        let frames = ["expanding macro: \(display)", "\(file):\(node.position.line): \(callerName)"]
        guard macroDepth < Self.macroDepthLimit else {
            report("macro \(display) expanded \(Self.macroDepthLimit) times inside itself: its expansion never ends", at: node, frames: frames)
            return nil
        }
        guard let expanded = runOnMacroRunner(
            code, arguments: quoted, at: node, frames: frames, exited: "macro \(display) exited while expanding",
            unfinished: "macro \(display) did not finish expanding within \(MacroRunner.reductionLimit) reductions: does it loop forever?")
        else { return nil }
        do {
            expansionCount += 1
            let expansion = expansionCount
            return try QuotedTerm.syntax(of: expanded, at: node.position) { MacroHygiene.name($0, context: $1, expansion: expansion) }
        } catch {
            let advice = "Please make sure your quoted expressions are made of valid AST nodes. If you would like to introduce a value into the AST, such as a four-element tuple or a map, make sure to call Macro.escape/1 before"
            report(CompileError("invalid quoted expression: \(error.term.inspect())\n\n\(advice)", line: 0, frames: frames))
            return nil
        }
    }

    /// `__CALLER__`: a `%Macro.Env{}` of the module `caller` compiles, with its aliases, requires and
    /// imported macros so far (what `Macro.expand/2` reads), and the function and line of the call.
    func callerEnvironment(_ caller: ModuleContext, function: FunctionCode?, line: Int) -> Term {
        let aliases = caller.aliases.filter { "Elixir." + $0.key != $0.value }.sorted { $0.key < $1.key }
            .map { Term.tuple(.atom("Elixir." + $0.key), .atom($0.value)) }
        let requires = caller.requires.union(["Elixir.Application", "Elixir.Kernel", "Elixir.Kernel.Typespec"].map(Atom.init)).map(\.name).sorted().map { Term.atom($0) }
        let fields: [(key: Term, value: Term)] = [
            (.atom("__struct__"), .atom("Elixir.Macro.Env")), (.atom("aliases"), .list(aliases)), (.atom("context"), .nil),
            (.atom("context_modules"), .emptyList), (.atom("file"), .string(file)),
            (.atom("function"), function.map { Term.tuple(.atom($0.name), .int($0.arity)) } ?? .nil),
            (.atom("functions"), .emptyList), (.atom("lexical_tracker"), .nil), (.atom("line"), .int(line)),
            (.atom("macro_aliases"), .emptyList), (.atom("macros"), .list(importedMacros(caller))),
            (.atom("module"), caller.isTopLevel ? .nil : .atom(caller.module.name)), (.atom("requires"), .list(requires)),
            (.atom("tracers"), .emptyList), (.atom("versioned_vars"), .map(MapBox.fromPairs([]))),
        ]
        return .map(MapBox.fromPairs(fields))
    }

    /// `[{Module, [name: arity, ...]}]` for the imported modules of the file that define macros.
    private func importedMacros(_ caller: ModuleContext) -> [Term] {
        caller.imports.compactMap { module -> Term? in
            guard let compiled = compiledModules[module] else { return nil }
            let macros = compiled.exports.keys.filter { $0.name.name.hasPrefix("MACRO-") && caller.imports(module, String($0.name.name.dropFirst(6)), arity: $0.arity - 1) }
                .sorted { ($0.name.name, $0.arity) < ($1.name.name, $1.arity) }
                .map { Term.tuple(.atom(String($0.name.name.dropFirst(6))), .int($0.arity - 1)) }
            return macros.isEmpty ? nil : .tuple(.atom(module), .list(macros))
        }
    }
}

extension ExpressionCompiler {
    /// Compiles the expansion of `name(args)` when the module defines that macro earlier or one of
    /// the imported modules defines it; returns whether it did.
    func compileImportedMacro(_ name: String, _ args: [SyntaxNode], node: SyntaxNode, tail: Bool) -> Bool {
        if !context.isTopLevel, let code = compiler.localMacro(name, arity: args.count, in: context) {
            compileMacro(code, module: context.module.name, name: name, args, node: node, tail: tail)
            return true
        }
        for module in context.imports {
            guard let code = compiler.macro(module, name, arity: args.count) else { continue }
            context.usedImports.insert(module)
            compileMacro(code, module: module, name: name, args, node: node, tail: tail)
            return true
        }
        return false
    }

    /// Compiles the expansion of `module.name(args)` when that module defines the macro and is
    /// required (a warning and a plain call when it is not, as Elixir 1.14 does); returns whether it did.
    func compileRemoteMacro(_ module: Atom, _ name: String, _ args: [SyntaxNode], node: SyntaxNode, tail: Bool) -> Bool {
        guard let code = compiler.macro(module, name, arity: args.count) else { return false }
        guard context.requires.contains(module) else {
            let display = "\(Term.atom(module).inspect())"
            let message = "you must require \(display) before invoking the macro \(display).\(name)/\(args.count)"
            compiler.deferredWarnings.append(CompileWarning(message: message, line: node.position.line, column: 0, function: builder.namedFunction.map(CompileWarning.functionName)))
            return false
        }
        compileMacro(code, module: module, name: name, args, node: node, tail: tail)
        return true
    }

    private func compileMacro(_ code: FunctionCode, module: Atom, name: String, _ args: [SyntaxNode], node: SyntaxNode, tail: Bool) {
        if context.isTopLevel {
            compiler.report(Self.notLoadedMessage(module), at: node)
            pushConstant(.nil, tail: tail)
            return
        }
        guard let expanded = compiler.expand(code, module: module, name: name, arguments: args, node: node, caller: context, function: builder.namedFunction) else {
            pushConstant(.nil, tail: tail)
            return
        }
        compiler.macroDepth += 1
        compile(expanded, tail: tail)
        compiler.macroDepth -= 1
    }

    /// Elixir's error for a macro of the file's own modules called from the file's top level.
    static func notLoadedMessage(_ module: Atom) -> String {
        let name = Term.atom(module).inspect()
        return """
            module \(name) is not loaded but was defined. This happens when you depend on a module in the same context in which it is defined. For example:

                defmodule MyApp do
                  defmodule Mod do
                  end

                  use Mod
                end

            Try defining the module outside the context that uses it:

                defmodule MyApp.Mod do
                end

                defmodule MyApp do
                  use MyApp.Mod
                end

            If the module is defined at the top-level and you are trying to use it at the top-level, this is not supported by Elixir

            """
    }
}
