# A term about to be inspected, with each user struct that implements `Inspect` replaced by
# `%{__struct__: Inspect.Rendered, doc: document}`, the document its `inspect/2` returned, which
# proctor's inspect lays out in its place.
defmodule Inspect.Rendered do
  def prepare(term, options) do
    if :proctor.custom_inspect?(term), do: replace(term, Inspect.Opts.new(options)), else: term
  end

  defp replace(%{__struct__: _} = struct, opts) do
    implementation = Inspect.impl_for(struct)
    if implementation == Inspect.Any or function_exported?(implementation, :__derived__, 0) do
      replace_values(struct, opts)
    else
      %{__struct__: Inspect.Rendered, doc: implementation.inspect(struct, opts)}
    end
  end
  defp replace(%{} = map, opts), do: replace_values(map, opts)
  defp replace(tuple, opts) when is_tuple(tuple), do: tuple |> Tuple.to_list() |> replace(opts) |> List.to_tuple()
  defp replace([head | tail], opts), do: [replace(head, opts) | replace(tail, opts)]
  defp replace(other, _opts), do: other

  defp replace_values(map, opts), do: map |> Map.to_list() |> replace(opts) |> Map.new()
end
