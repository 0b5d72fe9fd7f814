# MapSet: a struct over a map.
defmodule MapSet do
  defstruct map: %{}, version: 2
  def new(), do: %MapSet{}
  def new(enumerable), do: %MapSet{map: Map.from_keys(Enum.to_list(enumerable), [])}
  def new(enumerable, fun), do: new(Enum.map(enumerable, fun))
  def put(%MapSet{map: map}, value), do: %MapSet{map: Map.put(map, value, [])}
  def delete(%MapSet{map: map}, value), do: %MapSet{map: Map.delete(map, value)}
  def member?(%MapSet{map: map}, value), do: Map.has_key?(map, value)
  def size(%MapSet{map: map}), do: map_size(map)
  def to_list(%MapSet{map: map}), do: Map.keys(map)
  def union(%MapSet{map: left}, %MapSet{map: right}), do: %MapSet{map: Map.merge(left, right)}
  def intersection(%MapSet{map: left}, %MapSet{map: right}), do: %MapSet{map: Map.take(left, Map.keys(right))}
  def difference(%MapSet{map: left}, %MapSet{map: right}), do: %MapSet{map: Map.drop(left, Map.keys(right))}
  def subset?(%MapSet{map: left}, %MapSet{map: right}), do: Enum.all?(Map.keys(left), fn key -> Map.has_key?(right, key) end)
  def disjoint?(%MapSet{map: left}, %MapSet{map: right}), do: not Enum.any?(Map.keys(left), fn key -> Map.has_key?(right, key) end)
  def equal?(%MapSet{map: left}, %MapSet{map: right}), do: Map.keys(left) === Map.keys(right)
  def filter(set, fun), do: set |> to_list() |> Enum.filter(fun) |> new()
  def reject(set, fun), do: set |> to_list() |> Enum.reject(fun) |> new()
  def symmetric_difference(left, right), do: union(difference(left, right), difference(right, left))
end
