# The Enumerable protocol: `Enum` and `Stream` reach a user struct's elements through `reduce/3`
# (with `{:cont, acc}`, `{:halt, acc}` and `{:suspend, acc}`, as Elixir's contract), and ask
# `count/1` and `member?/2` first. Lists, maps, ranges, MapSets and streams implement it here.
defprotocol Enumerable do
  def count(enumerable)
  def member?(enumerable, element)
  def reduce(enumerable, acc, fun)
  def slice(enumerable)
end

defmodule Enumerable.List do
  def count(list), do: {:ok, length(list)}
  def member?(list, element), do: {:ok, :lists.member(element, list)}
  def slice(_list), do: {:error, __MODULE__}
  def reduce(_list, {:halt, acc}, _fun), do: {:halted, acc}
  def reduce(list, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(list, &1, fun)}
  def reduce([], {:cont, acc}, _fun), do: {:done, acc}
  def reduce([head | tail], {:cont, acc}, fun), do: reduce(tail, fun.(head, acc), fun)
end

defmodule Enumerable.Map do
  def count(map), do: {:ok, map_size(map)}
  def member?(map, {key, value}), do: {:ok, Map.has_key?(map, key) and Map.get(map, key) === value}
  def member?(_map, _other), do: {:ok, false}
  def slice(_map), do: {:error, __MODULE__}
  def reduce(map, acc, fun), do: Enumerable.List.reduce(Map.to_list(map), acc, fun)
end

defmodule Enumerable.Range do
  def count(range), do: {:ok, Enum.count(range)}
  def member?(range, element), do: {:ok, Enum.member?(range, element)}
  def slice(_range), do: {:error, __MODULE__}
  def reduce(range, acc, fun), do: Enumerable.List.reduce(Enum.to_list(range), acc, fun)
end

defmodule Enumerable.MapSet do
  def count(set), do: {:ok, MapSet.size(set)}
  def member?(set, element), do: {:ok, MapSet.member?(set, element)}
  def slice(_set), do: {:error, __MODULE__}
  def reduce(set, acc, fun), do: Enumerable.List.reduce(MapSet.to_list(set), acc, fun)
end

defmodule Enumerable.Stream do
  def count(_stream), do: {:error, __MODULE__}
  def member?(_stream, _element), do: {:error, __MODULE__}
  def slice(_stream), do: {:error, __MODULE__}
  def reduce(_stream, {:halt, acc}, _fun), do: {:halted, acc}
  def reduce(%Stream{reduce: reducer}, {:cont, acc}, fun) do
    reducer.({:cont, acc}, fn x, {_, acc} ->
      case fun.(x, acc) do
        {:cont, next} -> {:cont, {:cont, next}}
        {:halt, next} -> {:halt, {:halt, next}}
      end
    end)
    |> case do
      {:cont, result} -> {:done, result}
      {:halt, result} -> {:halted, result}
    end
  end
end
