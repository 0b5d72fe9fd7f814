/// Kernel functions written in Elixir: `then/2`, `tap/2`, structs and the nested-access functions.
extension Prelude {
    static let kernelSource = #"""
    defmodule Kernel do
      def then(value, fun), do: fun.(value)

      def tap(value, fun) do
        fun.(value)
        value
      end

      def struct(module_or_struct, fields \\ []), do: build_struct(module_or_struct, fields, false)
      def struct!(module_or_struct, fields \\ []), do: build_struct(module_or_struct, fields, true)
      defp build_struct(module, fields, true) when is_atom(module) do
        struct = :proctor.struct_defaults(module)
        given = Enum.map(fields, fn {key, _} -> key end)
        case :proctor.struct_enforced_keys(module) -- given do
          [] -> build_struct(struct, fields, true)
          missing ->
            raise ArgumentError,
              "the following keys must also be given when building struct " <> inspect(module) <> ": " <> inspect(missing)
    
    end
    """#
}
