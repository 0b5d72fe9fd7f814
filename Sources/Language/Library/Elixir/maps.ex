# Erlang's `:maps`, with its argument order (the key first, the map last), on top of `Map`.
defmodule :maps do
  def new, do: %{}
  def get(key, map), do: Map.fetch!(map, key)
  def get(key, map, default), do: Map.get(map, key, default)
  def find(key, map), do: Map.fetch(map, key)
  def is_key(key, map), do: Map.has_key?(map, key)
  def put(key, value, map), do: Map.put(map, key, value)
  def update(key, value, map), do: Map.replace!(map, key, value)
  def remove(key, map), do: Map.delete(map, key)
  def take(key, map) do
    case Map.fetch(map, key) do
      {:ok, value} -> {value, Map.delete(map, key)}
      :error -> :error
    end
  end
  def keys(map), do: Map.keys(map)
  def values(map), do: Map.values(map)
  def size(map), do: map_size(map)
  def to_list(map), do: Map.to_list(map)
  def from_list(list), do: Map.new(list)
  def merge(left, right), do: Map.merge(left, right)
  def with(keys, map), do: Map.take(map, keys)
  def without(keys, map), do: Map.drop(map, keys)
  def map(fun, map), do: Map.new(map, fn {key, value} -> {key, fun.(key, value)} end)
  def filter(fun, map), do: Map.filter(map, fn {key, value} -> fun.(key, value) end)
  def fold(fun, acc, map), do: map |> Map.to_list() |> List.foldl(acc, fn {key, value}, acc -> fun.(key, value, acc) end)
end
