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

/// A generator that takes less than a byte at a time is refused at compile time instead of
/// silently yielding nothing (Elixir yields the nibbles; proctor builds whole bytes only).
@Test func aSubByteBitstringGeneratorIsACompileError() {
    let output = ProgramOutput(running: "IO.inspect(for <<c::4 <- \"abc\">>, do: c)\n")
    #expect(output.status == 1)
    #expect(output.standardOutput.isEmpty)
    #expect(output.standardError.contains("test.exs:1: proctor supports only whole bytes in a bitstring generator, got 4 bits"))
    let whole = ProgramOutput(running: "IO.inspect(for <<r::8, g::8 <- \"abcd\">>, do: {r, g})\n")
    #expect(whole.standardOutput == "[{97, 98}, {99, 100}]\n")
}
