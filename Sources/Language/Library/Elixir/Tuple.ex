# Tuple functions written in Elixir.
defmodule Tuple do
  def append(tuple, value), do: List.to_tuple(Tuple.to_list(tuple) ++ [value])
  def insert_at(tuple, index, value), do: tuple |> Tuple.to_list() |> List.insert_at(index, value) |> List.to_tuple()
  def delete_at(tuple, index), do: tuple |> Tuple.to_list() |> List.delete_at(index) |> List.to_tuple()
  def duplicate(value, n), do: value |> List.duplicate(n) |> List.to_tuple()
  def sum(tuple), do: tuple |> Tuple.to_list() |> Enum.sum()
  def product(tuple), do: tuple |> Tuple.to_list() |> Enum.product()
end
