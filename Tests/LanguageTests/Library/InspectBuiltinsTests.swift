import Testing

/// The Swift half of `inspect`: a user `Inspect` implementation is used wherever the struct is
/// nested, and terms without one print as before. Elixir 1.14 printed the expected lines.
@Test func aCustomInspectIsUsedInsideContainers() {
    let output = ProgramOutput(running: """
        defmodule Temp do
          defstruct degrees: 0
          defimpl Inspect do
            def inspect(%{degrees: d}, _opts), do: Inspect.Algebra.concat(["#Temp<", Integer.to_string(d), ">"])
          end
        end
        t = struct(Temp, degrees: 21)
        IO.inspect([t, {t}, %{t: t}])
        IO.puts(inspect(t))
        """)
    #expect(output.standardOutput == "[#Temp<21>, {#Temp<21>}, %{t: #Temp<21>}]\n#Temp<21>\n")
}

@Test func termsWithoutCustomInspectPrintAsBefore() {
    let output = ProgramOutput(running: """
        IO.inspect(%{a: [1, 2], b: {:ok, "x"}}, label: "value")
        IO.puts(inspect(Enum.to_list(1..60), limit: 3))
        """)
    #expect(output.standardOutput == "value: %{a: [1, 2], b: {:ok, \"x\"}}\n[1, 2, 3, ...]\n")
}
