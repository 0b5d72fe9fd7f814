# A term about to be inspected, with each user struct that implements `Inspect` replaced by
# `%{__struct__: Inspect.Rendered, doc: document}`, the document its `inspect/2` returned, which
# proctor's inspect lays out in its place. With `structs: false` nothing is replaced: structs
# print as the maps they are, as in Elixir.
defmodule Inspect.Rendered do
  def prepare(term, options) do
    if :proctor.custom_inspect?(term) and structs?(options), do: replace(term, Inspect.Opts.new(options)), else: term
  end

  defp structs?(%{structs: structs}), do: structs
  defp structs?(options), do: Keyword.get(options, :structs, true)

  defp replace(%{__struct__: _} = struct, opts) do
    implementation = Inspect.impl_for(struct)
    if implementation == Inspect.Any or function_exported?(implementation, :__derived__, 0) do
      replace_values(struct, opts)
    else
      %{__struct__: Inspect.Rendered, doc: implementation.inspect(struct, opts)}
    end
  end
  defp replace(%{} = map, opts) do
    if Enum.any?(Map.keys(map), &:proctor.custom_inspect?/1), do: map_doc(map, opts), else: replace_values(map, opts)
  end
  defp replace(tuple, opts) when is_tuple(tuple), do: tuple |> Tuple.to_list() |> replace(opts) |> List.to_tuple()
  defp replace([head | tail], opts), do: [replace(head, opts) | replace(tail, opts)]
  defp replace(other, _opts), do: other

  defp replace_values(map, opts), do: map |> Map.to_list() |> replace(opts) |> Map.new()

  # A map with such a struct among its keys, laid out here so its keys keep the order of the
  # structs themselves (as Elixir prints it), not of their documents.
  defp map_doc(map, opts) do
    pair = fn {key, value}, opts ->
      Inspect.Algebra.concat([Inspect.Algebra.to_doc(key, opts), " => ", Inspect.Algebra.to_doc(value, opts)])
    end
    %{__struct__: Inspect.Rendered, doc: Inspect.Algebra.container_doc("%{", Map.to_list(map), "}", opts, pair, separator: ",", break: :strict)}
  end
end
