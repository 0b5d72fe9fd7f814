import Testing

@testable import Language

/// Each expected string was printed by `IO.puts(inspect(atom))` in Elixir 1.14.
@Test(arguments: [
    ("ok", ":ok"), ("foo bar", ":\"foo bar\""), ("+", ":+"), ("::", ":\"::\""), ("Elixir.Kernel", "Kernel"),
    ("Elixir", "Elixir"), ("Elixir.foo", ":\"Elixir.foo\""), ("nil", "nil"), ("foo?", ":foo?"), ("a@b", ":a@b"),
    ("9a", ":\"9a\""), ("é", ":é"), ("<|>", ":\"<|>\""), ("..//", ":..//"),
])
func spellsAtomsLikeElixir(_ name: String, _ expected: String) {
    #expect(InspectSpelling.atom(name) == expected)
}

/// Elixir 1.14 printed `"a\"b\\c\n\#{x}"`, `<<1>>`, `'hi'` and `[127]` (not a charlist) for these values.
@Test func spellsStringsAndCharlistsLikeElixir() {
    #expect(InspectSpelling.string("a\"b\\c\n#{x}") == ##""a\"b\\c\n\#{x}""##)
    #expect(InspectSpelling.string("\u{1}") == "<<1>>")
    #expect(InspectSpelling.charlist([104, 105]) == "'hi'")
    #expect(InspectSpelling.charlist([127]) == nil)
}
