# Enumerable for Map: see Enumerable.ex.
defmodule Enumerable.Map do
  def count(map), do: {:ok, map_size(map)}
  def member?(map, {key, value}), do: {:ok, Map.has_key?(map, key) and Map.get(map, key) === value}
  def member?(_map, _other), do: {:ok, false}
  def slice(_map), do: {:error, __MODULE__}
  def reduce(map, acc, fun), do: Enumerable.List.reduce(Map.to_list(map), acc, fun)
end
