import Testing

/// Uncaught errors print Elixir's banner and a stack trace; the expected texts are what
/// Elixir 1.14 printed for the same files, without its own `(elixir 1.14.0)` frames.
@Test func functionClauseErrorsShowTheArgumentsAndTheFunction() {
    let output = ProgramOutput(running: """
        defmodule Size do
          def of(list) when is_list(list), do: length(list)
        end
        IO.puts("start")
        Size.of(:x)
        """, file: "clause.exs")
    #expect(output.standardError == """
        ** (FunctionClauseError) no function clause matching in Size.of/1    
            
            The following arguments were given to Size.of/1:
            
                # 1
                :x
            
            clause.exs:2: Size.of/1

        """)
    #expect(output.status == 1)
}

@Test func builtinErrorsShowTheErlangCallThenTheFrames() {
    let output = ProgramOutput(running: """
        defmodule Outer do
          def run(n) do
            Enum.map([n], fn x -> helper(x) end)
          end
          defp helper(x), do: String.to_integer(x)
        end
        Outer.run("a")
        """, file: "nested.exs")
    let lines = output.standardError.split(separator: "\n", omittingEmptySubsequences: false).prefix(6)
    #expect(lines.joined(separator: "\n") == """
        ** (ArgumentError) errors were found at the given arguments:

          * 1st argument: not a textual representation of an integer

            :erlang.binary_to_integer("a")
            nested.exs:5: Outer.helper/1
        """)
}

@Test func customExceptionsReportTheirOwnMessage() {
    let output = ProgramOutput(running: """
        defmodule Oops do
          defexception [:code]
          def message(e), do: "failed with #{e.code}"
        end
        spawn(fn -> raise Oops, code: 7 end)
        Process.sleep(50)
        raise Oops, code: 8
        """, file: "custom.exs")
    #expect(output.standardOutput.contains("** (Oops) failed with 7\n    custom.exs:5: anonymous fn/0 in :elixir_compiler_0.__FILE__/1\n"))
    #expect(output.standardError == "** (Oops) failed with 8\n    custom.exs:7: (file)\n")
}

@Test func anonymousFunctionClauseErrorsNameTheEnclosingFunction() {
    let output = ProgramOutput(running: """
        f = fn :a -> 1 end
        IO.puts("x")
        f.(:b)
        """, file: "anon.exs")
    #expect(output.standardError == """
        ** (FunctionClauseError) no function clause matching in anonymous fn/1 in :elixir_compiler_0.__FILE__/1    
            
            The following arguments were given to anonymous fn/1 in :elixir_compiler_0.__FILE__/1:
            
                # 1
                :b
            
            anon.exs:1: anonymous fn/1 in :elixir_compiler_0.__FILE__/1

        """)
}
