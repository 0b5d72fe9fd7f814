import Synchronization
import Terms

/// The library's files compiled once per host process, the first time a program needs one of
/// their modules, and shared by every program after (a grader or the mutation check makes a
/// fresh program per run; compiling the library was most of what each run cost).
///
/// The files are compiled in a program of their own, which nothing runs in; compiled modules
/// are never changed afterwards (library modules are reserved, so no program redefines or
/// purges them), so programs on any thread can run them at once.
final class CompiledLibrary: Sendable {
    /// What a program installs for one library file: its modules and the structs they define.
    struct Unit: @unchecked Sendable {
        let modules: [ModuleCode]
        let structs: [(module: Atom, definition: StructDefinition)]
    }

    /// The one per host process.
    static let shared = CompiledLibrary()

    private let units = Mutex<[Int: Unit]>([:])
    private let compiling = Mutex<CompilingProgram>(CompilingProgram())

    /// The compiled modules of `StandardLibrary.files[index]`.
    func unit(ofFile index: Int) -> Unit {
        if let unit = units.withLock({ $0[index] }) { return unit }
        let unit = compiling.withLock { $0.unit(ofFile: index) }
        units.withLock { $0[index] = unit }
        return unit
    }
}

/// The program the library is compiled in (only ever touched under `CompiledLibrary`'s lock).
private struct CompilingProgram: @unchecked Sendable {
    let program = Program(compilingLibrary: true)

    func unit(ofFile index: Int) -> CompiledLibrary.Unit {
        let names = StandardLibrary.files[index].moduleNames.map { Atom($0) }
        let modules = names.compactMap { program.module($0) }
        let structs = names.compactMap { name in program.structs.definition(of: name).map { (module: name, definition: $0) } }
        return CompiledLibrary.Unit(modules: modules, structs: structs)
    }
}
