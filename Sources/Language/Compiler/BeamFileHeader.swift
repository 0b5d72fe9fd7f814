import Terms

/// The bytes `defmodule` returns as the module's binary: the start of a BEAM file as the Erlang
/// compiler writes it (`FOR1`, its size, `BEAM`, then the `AtU8` atom table chunk: the module,
/// the atoms every Elixir module uses, its function names in order, `module_info`). proctor
/// compiles to its own bytecode, so the file holds that chunk only; iex shows its first bytes.
enum BeamFileHeader {
    /// The atoms after the module's name in every Elixir module's atom table.
    private static let standardAtoms = [
        "__info__", "attributes", "compile", "deprecated", "exports_md5", "functions", "macros", "md5",
        "module", "struct", "nil", "erlang", "get_module_info",
    ]

    /// The BEAM file of `module` (its atom name, `Elixir.X`) defining `functions`.
    static func bytes(module: Atom, functions: [String]) -> [UInt8] {
        let names = Array(Set(functions)).sorted()
        let atoms = [module.name] + standardAtoms + names + ["module_info", "-inlined-__info__/1-"]
        var table = word(atoms.count)
        for atom in atoms {
            let text = Array(atom.utf8.prefix(255))
            table += [UInt8(text.count)] + text
        }
        let padding = [UInt8](repeating: 0, count: (4 - table.count % 4) % 4)
        let chunk = Array("AtU8".utf8) + word(table.count) + table + padding
        return Array("FOR1".utf8) + word(4 + chunk.count) + Array("BEAM".utf8) + chunk
    }

    /// A 32-bit big-endian word.
    private static func word(_ value: Int) -> [UInt8] {
        [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: value >> $0) }
    }
}
