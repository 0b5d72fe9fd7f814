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
