# Enumerable for MapSet: see Enumerable.ex.
defmodule Enumerable.MapSet do
  def count(set), do: {:ok, MapSet.size(set)}
  def member?(set, element), do: {:ok, MapSet.member?(set, element)}
  def slice(_set), do: {:error, __MODULE__}
  def reduce(set, acc, fun), do: Enumerable.List.reduce(MapSet.to_list(set), acc, fun)
end
