import Language
import Terms
import Testing

/// Every prelude chunk compiles on its own (programs compile them lazily, one at a time,
/// so a broken chunk would otherwise only show when a program first needs it).
@Test(arguments: Prelude.chunks.indices)
func preludeChunkCompiles(_ index: Int) throws {
    let program = Program()
    let compiled = try program.compile(Prelude.chunks[index], file: Prelude.fileName)
    #expect(!compiled.modules.isEmpty)
}

/// A program that uses no prelude module compiles none; using one compiles its chunk on demand.
@Test func preludeModulesLoadOnFirstUse() {
    let program = Program()
    #expect(program.exports(Atom("Elixir.Enum"), "map", arity: 2))
    #expect(program.module(Atom("Elixir.Agent")) != nil)
    #expect(program.module(Atom("Elixir.NoSuchModule")) == nil)
}
