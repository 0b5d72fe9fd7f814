@testable import Language
import Terms
import Testing

/// Every library file compiles on its own (programs compile them lazily, one at a time, so a
/// broken file would otherwise only show when a program first needs it).
@Test(arguments: StandardLibrary.files.map(\.name))
func libraryFileCompiles(_ name: String) throws {
    let file = try #require(StandardLibrary.files.first { $0.name == name })
    let compiled = try Program().compile(libraryFile: file)
    #expect(compiled.modules.map(\.name.name) == file.moduleNames)
}

/// One file per Elixir module, named after it: `Enum.ex` defines `Enum`, `timer.ex` `:timer`.
@Test func eachLibraryFileDefinesTheModuleItIsNamedAfter() {
    for file in StandardLibrary.files {
        let module = file.name.dropLast(".ex".count)
        let expected = module.first?.isUppercase == true ? "Elixir." + module : String(module)
        #expect(file.moduleNames == [expected], "\(file.name)")
    }
    #expect(StandardLibrary.files.count > 20)
}

/// A function is defined in exactly one place: no public function of a library file is also a
/// Swift builtin (the compiler would call one, `apply/3` the other).
@Test func noLibraryFunctionIsAlsoABuiltin() throws {
    var both: [String] = []
    for file in StandardLibrary.files {
        for module in try Program().compile(libraryFile: file).modules {
            for key in module.exports.keys where Builtins.index(of: RemoteName(module: module.name, function: key.name, arity: key.arity)) != nil {
                both.append("\(module.name.name).\(key.name.name)/\(key.arity)")
            }
        }
    }
    #expect(both.sorted() == [])
}

/// A program that uses no library module installs none; using one installs its file on demand.
@Test func libraryModulesLoadOnFirstUse() {
    let program = Program()
    #expect(program.modules.isEmpty)
    #expect(program.exports(Atom("Elixir.Enum"), "map", arity: 2))
    #expect(program.module(Atom("Elixir.Agent")) != nil)
    #expect(program.module(Atom("Elixir.NoSuchModule")) == nil)
    #expect(program.modules[Atom("Elixir.Task")] == nil)
}

/// The library is compiled once per host process: every program runs the same compiled code,
/// and gets the structs it defines.
@Test func programsShareTheCompiledLibrary() {
    let first = Program(), second = Program()
    let enumModule = first.module(Atom("Elixir.Enum"))
    #expect(enumModule != nil)
    #expect(enumModule === second.module(Atom("Elixir.Enum")))
    #expect(enumModule?.isLibrary == true)
    #expect(second.structs.definition(of: Atom("Elixir.MapSet"))?.fields.map(\.key.name) == ["map", "version"])
}

/// Only the library's files may define its modules; a program's file of the same name may not.
@Test func aProgramCannotDefineALibraryModuleEvenUnderALibraryFileName() {
    #expect(throws: LoadError.self) { try Program().compile("defmodule Enum do\nend\n", file: "Enum.ex") }
}

/// Within a library file, each function is defined in one place: its clauses stand together
/// (Elixir warns when they do not, and a second group would read as a second definition).
@Test func eachLibraryFunctionsClausesStandTogether() throws {
    for file in StandardLibrary.files {
        let tree = try #require(ElixirParser.parse(file.source).tree)
        for module in tree.blockItems where module.callName == "defmodule" {
            let keys = (module.arguments?.last?.doBlock?.blockItems ?? []).compactMap(definedFunction)
            var finished: Set<String> = []
            for (index, key) in keys.enumerated() where index == 0 || keys[index - 1] != key {
                #expect(!finished.contains(key), "\(file.name): \(key) is defined in two places")
                finished.insert(key)
            }
            let onlyData = file.source.contains("defexception") || file.source.contains("defstruct")
            #expect(!keys.isEmpty || onlyData, "\(file.name) defines no function, exception or struct")
        }
    }
}

/// `name/arity` of a `def` or `defp` item, as written.
private func definedFunction(_ item: SyntaxNode) -> String? {
    guard item.callName == "def" || item.callName == "defp", var head = item.arguments?.first else { return nil }
    if head.callName == "when", let inner = head.arguments?.first { head = inner }
    if case .variable(let name) = head.kind { return "\(name)/0" }
    guard let name = head.callName else { return nil }
    return "\(name)/\(head.arguments?.count ?? 0)"
}
