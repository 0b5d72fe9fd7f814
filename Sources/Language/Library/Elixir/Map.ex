# Map functions written in Elixir (the ones that call back into guest code or build on the builtins).
defmodule Map do
  def new(enumerable), do: Enum.into(enumerable, %{})
  def new(enumerable, fun), do: Enum.into(enumerable, %{}, fun)
  def from_keys(keys, value), do: Enum.into(keys, %{}, fn key -> {key, value} end)
  def put_new(map, key, value), do: if(Map.has_key?(map, key), do: map, else: Map.put(map, key, value))
  def put_new_lazy(map, key, fun), do: if(Map.has_key?(map, key), do: map, else: Map.put(map, key, fun.()))
  def get_lazy(map, key, fun) do
    case Map.fetch(map, key) do
      {:ok, value} -> value
      :error -> fun.()
    end
  end
  def replace(map, key, value), do: if(Map.has_key?(map, key), do: Map.put(map, key, value), else: map)
  def replace!(map, key, value) do
    if Map.has_key?(map, key), do: Map.put(map, key, value), else: raise(KeyError, key: key, term: map)
  end
  def update!(map, key, fun) do
    case Map.fetch(map, key) do
      {:ok, value} -> Map.put(map, key, fun.(value))
      :error -> raise KeyError, key: key, term: map
    end
  end
  def update(map, key, default, fun) do
    case map do
      %{^key => value} -> %{map | key => fun.(value)}
      %{} -> Map.put(map, key, default)
      other -> :erlang.error({:badmap, other})
    end
  end
  def pop(map, key, default \\ nil) do
    case Map.fetch(map, key) do
      {:ok, value} -> {value, Map.delete(map, key)}
      :error -> {default, map}
    end
  end
  def pop!(map, key) do
    case Map.fetch(map, key) do
      {:ok, value} -> {value, Map.delete(map, key)}
      :error -> raise KeyError, key: key, term: map
    end
  end
  def get_and_update(map, key, fun) do
    current = Map.get(map, key)
    case fun.(current) do
      {get, update} -> {get, Map.put(map, key, update)}
      :pop -> {current, Map.delete(map, key)}
    end
  end
  def take(map, keys), do: Enum.reduce(keys, %{}, fn key, acc -> take_key(map, key, acc) end)
  defp take_key(map, key, acc) do
    case Map.fetch(map, key) do
      {:ok, value} -> Map.put(acc, key, value)
      :error -> acc
    end
  end
  def drop(map, keys), do: Enum.reduce(keys, map, fn key, acc -> Map.delete(acc, key) end)
  def split(map, keys), do: {take(map, keys), drop(map, keys)}
  def filter(map, fun), do: map |> Enum.filter(fun) |> new()
  def reject(map, fun), do: map |> Enum.reject(fun) |> new()
  def merge(left, right, fun) do
    Enum.reduce(right, left, fn {key, value}, acc ->
      case Map.fetch(acc, key) do
        {:ok, old} -> Map.put(acc, key, fun.(key, old, value))
        :error -> Map.put(acc, key, value)
      end
    end)
  end
  def from_struct(%{__struct__: _} = struct), do: Map.delete(struct, :__struct__)
  def from_struct(module) when is_atom(module), do: from_struct(module.__struct__())
  def equal?(left, right), do: left === right
end
