import Terms

/// Everything code running in one runtime can call: the loaded modules (the
/// library's and the learner's), the builtins and the known structs.
public final class Program: CompileEnvironment {
    /// The structs known to this program.
    public let structs: StructRegistry
    /// The current version of each loaded module.
    var modules: [Atom: ModuleCode] = [:]
    /// The old version of each module loaded twice or more, which processes may still run.
    var oldModules: [Atom: ModuleCode] = [:]
    /// Versions compiled but not yet defined: the script has not reached their `defmodule` yet.
    var pendingDefinitions: [Atom: ArraySlice<ModuleCode>] = [:]
    private var scripts: [ModuleCode] = []
    var loadOrder: [Atom] = []
    /// What remote calls resolved to since the modules last changed (see `CallTargets`).
    var callTargets = CallTargets()
    /// Library files not installed yet (indices in `StandardLibrary.files`), by the modules they define.
    private var pendingLibrary: [Atom: Int] = [:]
    /// Whether this program compiles the library itself (see `CompiledLibrary`).
    private let compilesLibrary: Bool
    /// The syntax trees of the library files this program compiled. The library's program lives
    /// as long as proctor (`CompiledLibrary.shared`), so they are never freed node by node, which
    /// cost a `proctor check` 3.6M instructions for ExUnit's, Kernel's and Process's files.
    private var libraryTrees: [SyntaxNode] = []
    /// Set by `ExUnit.start/0`: run the test modules after the script.
    public var exUnitStarted = false
    /// The compiler warnings printed so far (about the loaded files' top levels and the modules
    /// defined), as Elixir prints them: a grader shows them after the tests.
    public internal(set) var warnings: [String] = []
    /// What `ExUnit.start/1` was given (its seed, timeout and tag filters).
    public var exUnitOptions = ExUnitOptions()
    /// Set by `System.halt/1`: the program stops at once with this exit status.
    public var haltStatus: Int32?
    /// The messages custom exceptions' `message/1` gave for processes that crashed with them,
    /// so a linked process killed by that crash can report the same text.
    public internal(set) var crashMessages: [Pid: String] = [:]
    /// The script's main process, which `System.halt/1` from another process ends.
    public var mainProcess: Pid?
    /// `apply(module, function, arguments)` as a function of three arguments: how `spawn/3` starts.
    public let applyFunction: FunctionCode
    private let applyModule: ModuleCode

    /// A program holding only the builtins and the standard structs; the library's modules are
    /// added the first time the program needs each (compiled once per host process).
    public convenience init() { self.init(compilingLibrary: false) }

    /// A program; with `compilingLibrary` it compiles the library's files itself (what
    /// `CompiledLibrary` does once per host process) instead of taking them compiled.
    init(compilingLibrary: Bool) {
        self.structs = StructRegistry()
        self.compilesLibrary = compilingLibrary
        applyModule = ModuleCode(name: Atom("proctor_apply"), file: "proctor")
        applyFunction = FunctionCode(name: "apply", arity: 3, module: applyModule, isAnonymous: false)
        applyFunction.instructions = [.pushLocal(0), .pushLocal(1), .pushLocal(2), .applyRemote, .returnValue]
        applyFunction.lines = [0, 0, 0, 0, 0]
        applyModule.functions = [applyFunction]
        applyModule.freeze()
        for (name, index) in StandardLibrary.fileIndices { pendingLibrary[Atom(name)] = index }
        structs.definitionLoader = { [unowned self] module in self.loadLibrary(for: module) }
    }

    /// Installs the library file that defines `module`, the first time it is needed.
    private func loadLibrary(for module: Atom) {
        guard let index = pendingLibrary[module] else { return }
        for (name, file) in pendingLibrary where file == index { pendingLibrary[name] = nil }
        if compilesLibrary {
            compileLibraryFile(index)
            return
        }
        let unit = CompiledLibrary.shared.unit(ofFile: index)
        for (name, definition) in unit.structs {
            structs.define(name, fields: definition.fields, isException: definition.isException, enforcedKeys: definition.enforcedKeys)
        }
        for module in unit.modules { install(module) }
    }

    /// Compiles `StandardLibrary.files[index]` into this program.
    private func compileLibraryFile(_ index: Int) {
        if let compiled = try? compile(libraryFile: StandardLibrary.files[index]) { load(compiled) }
    }

    /// Compiles one of the library's files (which alone may define the library's modules).
    func compile(libraryFile file: StandardLibrary.File) throws(LoadError) -> CompiledFile {
        try compile(file.source, file: file.name, isLibrary: true)
    }

    /// Makes `file`'s modules callable now (each a new version of a module of the same name).
    /// With `deferringModules`, each module becomes callable only when the file's script reaches
    /// its `defmodule` (see `define`), as in Elixir.
    public func load(_ file: CompiledFile, deferringModules: Bool = false) {
        if deferringModules {
            pendingDefinitions = [:]
            for module in file.modules { pendingDefinitions[module.name, default: []].append(module) }
        } else {
            for module in file.modules { install(module) }
        }
        scripts.append(file.scriptModule)
    }

    /// The top-level code of the file loaded last.
    public var lastScript: FunctionCode? { scripts.last?.functions.first }

    /// The loaded modules that `use ExUnit.Case`, in load order.
    public var testModules: [ModuleCode] {
        loadOrder.compactMap { modules[$0] }.filter(\.isTestCase)
    }

    /// The module named `name`, if loaded.
    public func module(_ name: Atom) -> ModuleCode? {
        if modules[name] == nil { loadLibrary(for: name) }
        return modules[name]
    }

    /// The exported guest function `name`, if loaded.
    public func function(_ name: RemoteName) -> FunctionCode? {
        module(name.module)?.exported(name.function, arity: name.arity)
    }

    public func builtinIndex(_ name: RemoteName) -> Int32? {
        Builtins.index(of: name)
    }

    public func exports(_ module: Atom, _ name: String, arity: Int) -> Bool {
        if modules[module] == nil { loadLibrary(for: module) }
        return modules[module]?.exported(Atom(name), arity: arity) != nil
    }

    /// Parses and compiles `source`, reporting syntax and compile errors as `LoadError`.
    public func compile(_ source: String, file: String) throws(LoadError) -> CompiledFile {
        try compile(source, file: file, isLibrary: false)
    }

    private func compile(_ source: String, file: String, isLibrary: Bool) throws(LoadError) -> CompiledFile {
        let parsed = ElixirParser.parse(source)
        guard let tree = parsed.tree else {
            throw LoadError.syntax(parsed.diagnostics)
        }
        if isLibrary && compilesLibrary { libraryTrees.append(tree) }
        do {
            return try Compiler(file: file, source: source, environment: self, isLibrary: isLibrary).compile(tree)
        } catch {
            throw LoadError.compile(error.errors)
        }
    }
}

/// Why a source file could not be loaded.
public enum LoadError: Error {
    /// It does not parse.
    case syntax([Diagnostic])
    /// It parses but does not compile.
    case compile([CompileError])

    /// The messages Elixir would print for it (with proctor's hints), one per problem.
    public func messages(file: String, source: String) -> [String] {
        switch self {
        case .syntax(let diagnostics): return diagnostics.map { $0.formatted(file: file, source: source) }
        case .compile(let errors): return errors.map { $0.formatted(file: file) }
        }
    }
}
