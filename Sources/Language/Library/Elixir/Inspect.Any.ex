# Inspect for everything without its own implementation: proctor's inspect prints it.
defmodule Inspect.Any do
  def inspect(term, opts), do: {:doc_inspect, Inspect.Rendered.prepare(term, opts)}

  # A struct deriving Inspect with `only:`/`except:`: `#Name<field: value, ...>`, its shown fields in
  # definition order, then `...` (even when no field is hidden), as Elixir 1.14's derived implementation.
  def inspect_fields(%module{} = struct, only, except, opts) do
    fields = :proctor.struct_field_names(module)
    shown = Enum.filter(fields, &(&1 in (only || fields) and &1 not in except))
    items = Enum.map(shown, &{&1, Map.fetch!(struct, &1)}) ++ [:...]
    Inspect.Algebra.container_doc("#" <> Kernel.inspect(module) <> "<", items, ">", opts, &field_doc/2, separator: ",")
  end

  defp field_doc(:..., _opts), do: "..."
  defp field_doc({key, value}, opts), do: Inspect.Algebra.concat(Atom.to_string(key) <> ": ", Inspect.Algebra.to_doc(value, opts))
end
