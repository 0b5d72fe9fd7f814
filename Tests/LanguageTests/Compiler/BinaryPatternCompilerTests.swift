import Testing

/// Binary patterns take segments from the front of a binary; the expected output is what
/// Elixir 1.14 printed for the same program.
@Test func binaryPatternsTakeBytesIntegersAndCodePoints() {
    let output = ProgramOutput(running: """
        <<a, b, rest::binary>> = "xyz!"
        IO.inspect({a, b, rest})
        <<c::utf8, tail::binary>> = "éa"
        IO.inspect({c, tail})
        <<n::16, _::binary>> = <<1, 2, 3>>
        IO.inspect(n)
        f = fn
          <<"GET ", path::binary>> -> {:get, path}
          <<x::binary-size(3)>> -> {:three, x}
          _ -> :other
        end
        IO.inspect(Enum.map(["GET /a", "abc", "abcd"], f))
        """)
    #expect(output.standardOutput == """
        {120, 121, "z!"}
        {233, "a"}
        258
        [{:get, "/a"}, {:three, "abc"}, :other]

        """)
}

/// A generator whose segments have no fixed size is refused at compile time instead of
/// silently yielding something else; generators of any fixed number of bits run.
@Test func anUnsizedBitstringGeneratorIsACompileError() {
    let output = ProgramOutput(running: "n = 4\nIO.inspect(for <<c::size(n) <- \"abc\">>, do: c)\n")
    #expect(output.status == 1)
    #expect(output.standardOutput.isEmpty)
    #expect(output.standardError.contains("test.exs:2: proctor supports only segments of a fixed size in a bitstring generator"))
    let nibbles = ProgramOutput(running: "IO.inspect(for <<c::4 <- \"ab\">>, do: c)\n")
    #expect(nibbles.standardOutput == "[6, 1, 6, 2]\n")
}

/// A segment spec Elixir refuses is a compile error naming what is wrong (Elixir 1.14 itself
/// crashes in the Erlang compiler on a unit past 256; proctor says what the limit is).
@Test(arguments: [
    ("<<1::size(2)-unit(300)>>", "a unit must be between 1 and 256, got: 300"),
    ("<<1::foo>>", "unknown bitstring specifier: foo()"),
    ("<<1::binary-integer>>", "conflicting type specification for bit field: \"binary\" and \"integer\""),
    ("<<1.5::float-8>>", "float requires size*unit to be 16, 32, or 64 (default), got: 8"),
    ("<<1::utf8-size(2)>>", "size and unit are not supported on utf types"),
    ("<<1::unit(8)>>", "integer and float types require a size specifier if the unit specifier is given"),
])
func aBadSegmentSpecIsACompileError(_ source: String, _ message: String) {
    let output = ProgramOutput(running: "IO.inspect(\(source))\n")
    #expect(output.status == 1)
    #expect(output.standardError.contains("** (CompileError) test.exs:1: \(message)"))
}

/// A binary field without a size must end its pattern, as in Elixir.
@Test func anUnsizedBinaryFieldMustComeLast() {
    let output = ProgramOutput(running: "<<a::binary, b::8>> = \"ab\"\nIO.inspect({a, b})\n")
    #expect(output.status == 1)
    #expect(output.standardError.contains("a binary field without size is only allowed at the end of a binary pattern"))
}
