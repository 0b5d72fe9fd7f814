# Kernel functions written in Elixir: `then/2`, `tap/2`, `inspect/2`, `to_string/1`, structs and the nested-access functions.
defmodule Kernel do
  def then(value, fun), do: fun.(value)

  def left =~ "" when is_binary(left), do: true
  def left =~ right when is_binary(left) and is_binary(right), do: String.contains?(left, right)
  def left =~ right when is_binary(left), do: Regex.match?(right, left)

  def inspect(term, opts \\ []) when is_list(opts), do: :proctor.inspect(Inspect.Rendered.prepare(term, opts), opts)

  def to_string(data) when is_binary(data), do: data
  def to_string(%{__struct__: _} = data), do: String.Chars.to_string(data)
  def to_string(data), do: :proctor.display_string(data)

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
  end
  defp build_struct(module, fields, false) when is_atom(module),
    do: build_struct(:proctor.struct_defaults(module), fields, false)
  defp build_struct(%{__struct__: _} = struct, fields, strict?) do
    Enum.reduce(fields, struct, fn {key, value}, acc ->
      cond do
        key != :__struct__ and Map.has_key?(acc, key) -> Map.put(acc, key, value)
        strict? -> raise KeyError, key: key
        true -> acc
      end
    end)
  end

  def get_in(data, []), do: data
  def get_in(data, [accessor | rest]) when is_function(accessor, 3), do: accessor.(:get, data, fn inner -> get_in(inner, rest) end)
  def get_in(nil, [_ | rest]), do: get_in(nil, rest)
  def get_in(data, [key | rest]), do: get_in(Access.get(data, key), rest)

  def get_and_update_in(data, [accessor], fun) when is_function(accessor, 3), do: accessor.(:get_and_update, data, fun)
  def get_and_update_in(data, [key], fun), do: Access.get_and_update(data, key, fun)
  def get_and_update_in(data, [accessor | rest], fun) when is_function(accessor, 3),
    do: accessor.(:get_and_update, data, fn inner -> get_and_update_in(inner, rest, fun) end)
  def get_and_update_in(data, [key | rest], fun),
    do: Access.get_and_update(data, key, fn inner -> get_and_update_in(inner, rest, fun) end)

  def put_in(data, keys, value), do: elem(get_and_update_in(data, keys, fn _ -> {nil, value} end), 1)
  def update_in(data, keys, fun), do: elem(get_and_update_in(data, keys, fn current -> {nil, fun.(current)} end), 1)
  def pop_in(nil, [_ | _]), do: {nil, nil}
  def pop_in(data, keys), do: get_and_update_in(data, keys, fn _ -> :pop end)
end
