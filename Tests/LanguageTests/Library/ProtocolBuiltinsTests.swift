import Testing

/// `:proctor.protocol_impl_for/3` and `:proctor.protocol_impl/3`: the implementing module by type,
/// struct, fallback and derivation; Elixir 1.14 printed the expected lines.
@Test func dispatchFindsTheModuleForEachKindOfValue() {
    let output = ProgramOutput(running: """
        defprotocol Shape do
          @fallback_to_any true
          def name(value)
        end
        defimpl Shape, for: Tuple do
          def name(_), do: :tuple
        end
        defimpl Shape, for: Any do
          def name(_), do: :any
        end
        IO.inspect(Enum.map([{1}, 1, "x", [], %{}], &Shape.name/1))
        IO.inspect({Shape.impl_for({}), Shape.impl_for(1)})
        """)
    #expect(output.standardOutput == "[:tuple, :any, :any, :any, :any]\n{Shape.Tuple, Shape.Any}\n")
}

@Test func withoutAFallbackAMissingImplementationRaises() {
    let output = ProgramOutput(running: """
        defprotocol Shape do
          def name(value)
        end
        Shape.name(1.5)
        """)
    #expect(output.standardError.hasPrefix("** (Protocol.UndefinedError) protocol Shape not implemented for 1.5 of type Float\n"))
}
