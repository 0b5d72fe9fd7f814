import Testing

/// A function as a struct default: Elixir keeps `&Mod.fun/1`, proctor refuses it at compile time,
/// naming the field and the function, rather than keep a value that outlives its code.
@Test func aFunctionAsStructDefaultIsACompileErrorNamingIt() {
    let output = ProgramOutput(running: """
        defmodule Job do
          defstruct name: "x", run: &String.upcase/1
        end
        IO.puts("never")
        """)
    #expect(output.status == 1)
    #expect(output.standardOutput.isEmpty)
    #expect(output.standardError.contains("test.exs:2: defstruct default for :run is the function &String.upcase/1"))
}

/// An anonymous function default is Elixir's own error: it cannot be escaped into code.
@Test func anAnonymousFunctionDefaultCannotBeEscaped() {
    let output = ProgramOutput(running: """
        defmodule Job do
          defstruct run: Enum.at([fn x -> x end], 0)
        end
        """)
    #expect(output.status == 1)
    #expect(output.standardError.contains("** (ArgumentError) invalid value for struct field run, cannot escape #Function<"))
}
