import Terms

/// The modules a learner's program may not define: the standard library's and the grader's.
///
/// Replacing one would let a file change what the library, the test runner or the tests'
/// imports do (a fake `Exception`, `ExUnit.Assertions` or `:erlang`), so defining one is a
/// compile error that names the module. Reserved are every module proctor implements (its
/// Elixir-written library, its Swift builtins, the standard structs and exceptions), the rest of the
/// well-known modules of Elixir's and Erlang's standard libraries, and everything under
/// `ExUnit`, `IEx` and `Kernel`.
enum ReservedModules {
    /// Why `module` may not be defined by a program, or nil when it may.
    static func reason(_ module: Atom) -> String? {
        let name = module.name
        if reserved.contains(module) || StandardStructs.isStandard(module) {
            return name.hasPrefix("Elixir.ExUnit") ? "it is part of ExUnit, which runs the tests" : "it is part of the standard library"
        }
        if families.contains(where: { name.hasPrefix("Elixir.\($0).") }) {
            return name.hasPrefix("Elixir.ExUnit.") ? "it is part of ExUnit, which runs the tests" : "it is part of the standard library"
        }
        return nil
    }

    /// The error for a `defmodule` of `display` (as written: `Exception`, `:lists`) that `reason` forbids.
    static func message(defining display: String, reason: String) -> String {
        "cannot define module \(display): \(reason), which proctor does not let a program replace"
    }

    /// What to do instead.
    static let hint = "give your module a name of its own (for example MyApp.Counter); proctor keeps the standard library and ExUnit as Elixir ships them"

    /// Top-level names whose nested modules are reserved too.
    private static let families = ["ExUnit", "IEx", "Kernel"]

    private static let elixirModules = [
        "Access", "Agent", "Application", "Atom", "Base", "Behaviour", "Bitwise", "Calendar", "Code", "Collectable",
        "Config", "Date", "DateTime", "Dict", "DynamicSupervisor", "EEx", "Enum", "Enumerable", "Exception", "ExUnit",
        "File", "Float", "Function", "GenEvent", "GenServer", "HashDict", "HashSet", "IEx", "IO", "Inspect", "Integer",
        "Kernel", "Keyword", "List", "List.Chars", "Logger", "Macro", "Map", "MapSet", "Mix", "Module", "NaiveDateTime",
        "Node", "OptionParser", "PartitionSupervisor", "Path", "Port", "Process", "Protocol", "Range", "Record", "Regex",
        "Registry", "Set", "Stream", "String", "String.Chars", "StringIO", "Supervisor", "System", "Task",
        "Task.Supervisor", "Time", "Tuple", "URI", "Version",
    ]

    private static let erlangModules = [
        "application", "array", "atomics", "base64", "binary", "calendar", "code", "counters", "crypto", "dict", "erl_eval",
        "erlang", "error_logger", "ets", "file", "gb_sets", "gb_trees", "gen_server", "gen_statem", "global", "io",
        "io_lib", "lists", "logger", "maps", "math", "orddict", "ordsets", "os", "persistent_term", "proc_lib", "proplists",
        "queue", "rand", "re", "sets", "string", "supervisor", "sys", "timer", "unicode", "zlib",
    ]

    private static let reserved: Set<Atom> = {
        var names = Set(elixirModules.map { Atom("Elixir." + $0) } + erlangModules.map { Atom($0) })
        for file in StandardLibrary.files { names.formUnion(file.moduleNames.map { Atom($0) }) }
        names.formUnion(Machine.builtinModules)
        return names
    }()
}
