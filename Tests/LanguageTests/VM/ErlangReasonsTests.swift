import Testing

/// A process that raised exits with the reason the BEAM gives; the expected lines are
/// what Elixir 1.14 printed for the same program's `:DOWN` reasons.
@Test func runtimeErrorsExitWithTheirErlangReasons() {
    let output = ProgramOutput(running: """
        defmodule R do
          def go(f) do
            {pid, ref} = spawn_monitor(f)
            receive do
              {:DOWN, ^ref, :process, ^pid, {reason, _}} -> IO.inspect(reason)
            end
          end
        end
        zero = Enum.count([])
        R.go(fn -> 1 / zero end)
        R.go(fn -> case zero do 1 -> 1 end end)
        R.go(fn -> String.to_integer(Enum.at(["x"], 0)) end)
        R.go(fn -> Map.fetch!(%{}, Enum.at([:a], 0)) end)
        R.go(fn -> raise "x" end)
        """)
    let reasons = output.standardOutput.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("[error]") && !$0.hasPrefix("**") }
    #expect(reasons == [":badarith", "{:case_clause, 0}", ":badarg", "{:badkey, :a}", "%RuntimeError{message: \"x\"}"])
}
