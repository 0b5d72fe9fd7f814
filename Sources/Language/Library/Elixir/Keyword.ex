# Keyword functions written in Elixir (the ones that call back into guest code or build on the
# builtins).
defmodule Keyword do
  def get(list, key, default \\ nil)
  def get([{key, value} | _], key, _default), do: value
  def get([_ | rest], key, default), do: get(rest, key, default)
  def get([], _key, default), do: default
  def fetch(list, key) when is_list(list) do
    case List.keyfind(list, key, 0) do
      {_, value} -> {:ok, value}
      nil -> :error
    end
  end
  def fetch!(list, key) when is_list(list) do
    case List.keyfind(list, key, 0) do
      {_, value} -> value
      nil -> raise KeyError, key: key, term: list
    end
  end
  def get_values(list, key) when is_list(list), do: Enum.flat_map(list, fn {k, value} -> if(k === key, do: [value], else: []) end)
  def has_key?(list, key) when is_list(list), do: List.keymember?(list, key, 0)
  def keys(list) when is_list(list), do: Enum.map(list, fn {key, _} -> key end)
  def values(list) when is_list(list), do: Enum.map(list, fn {_, value} -> value end)
  def delete(list, key) when is_list(list), do: Enum.reject(list, fn {k, _} -> k === key end)
  def put(list, key, value) when is_list(list), do: [{key, value} | delete(list, key)]
  def put_new(list, key, value), do: if(has_key?(list, key), do: list, else: [{key, value} | list])
  def new(), do: []
  def new(pairs), do: pairs |> Enum.reduce([], fn {key, value}, acc -> put(acc, key, value) end) |> :lists.reverse()
  def new(enumerable, fun), do: enumerable |> Enum.map(fun) |> new()
  def to_list(list), do: list
  def keyword?([{key, _} | rest]) when is_atom(key), do: keyword?(rest)
  def keyword?([]), do: true
  def keyword?(_), do: false
  def validate(keyword, values) when is_list(keyword) and is_list(values) do
    {pairs, rest, bad_keys} =
      Enum.reduce(keyword, {[], values, []}, fn
        {key, _} = pair, {pairs, allowed, bad} when is_atom(key) ->
          case take_allowed(allowed, key) do
            {:ok, allowed} -> {[pair | pairs], allowed, bad}
            :error -> {pairs, allowed, [key | bad]}
          end
        pair, _acc ->
          raise ArgumentError, "expected a keyword list as first argument, got invalid entry: #{inspect(pair)}"
      end)
    if bad_keys == [] do
      {:ok, Enum.reduce(rest, pairs, fn {key, default}, acc -> [{key, default} | acc]; _key, acc -> acc end)}
    else
      {:error, bad_keys}
    end
  end
  def validate!(keyword, values) do
    case validate(keyword, values) do
      {:ok, validated} -> validated
      {:error, bad_keys} ->
        allowed = Enum.map(values, fn {key, _} -> key; key -> key end)
        raise ArgumentError, "unknown keys #{inspect(bad_keys)} in #{inspect(keyword)}, the allowed keys are: #{inspect(allowed)}"
    end
  end
  defp take_allowed([], _key), do: :error
  defp take_allowed([key | rest], key), do: {:ok, rest}
  defp take_allowed([{key, _} | rest], key), do: {:ok, rest}
  defp take_allowed([other | rest], key) do
    with {:ok, rest} <- take_allowed(rest, key), do: {:ok, [other | rest]}
  end
  def merge(left, right), do: Enum.reject(left, fn {key, _} -> has_key?(right, key) end) ++ right
  def merge(left, right, fun) do
    Enum.reduce(right, left, fn {key, value}, acc ->
      case fetch(acc, key) do
        {:ok, old} -> delete(acc, key) ++ [{key, fun.(key, old, value)}]
        :error -> acc ++ [{key, value}]
      end
    end)
  end
  defp put_in_place(list, key, value) do
    {before, [_ | rest]} = Enum.split_while(list, fn {k, _} -> k !== key end)
    before ++ [{key, value} | delete(rest, key)]
  end
  def update(list, key, default, fun) do
    case fetch(list, key) do
      {:ok, value} -> put_in_place(list, key, fun.(value))
      :error -> list ++ [{key, default}]
    end
  end
  def update!(list, key, fun) do
    case fetch(list, key) do
      {:ok, value} -> put_in_place(list, key, fun.(value))
      :error -> raise KeyError, key: key, term: list
    end
  end
  def take(list, keys) when is_list(list), do: Enum.filter(list, fn {key, _} -> key in keys end)
  def drop(list, keys) when is_list(list), do: Enum.reject(list, fn {key, _} -> key in keys end)
  def split(list, keys) when is_list(list), do: Enum.split_with(list, fn {key, _} -> key in keys end)
  def pop(list, key, default \\ nil) do
    case fetch(list, key) do
      {:ok, value} -> {value, delete(list, key)}
      :error -> {default, list}
    end
  end
end
