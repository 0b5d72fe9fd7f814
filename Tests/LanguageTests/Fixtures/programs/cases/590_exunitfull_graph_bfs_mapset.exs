defmodule Graph do
  @moduledoc "An undirected graph as a map of MapSets."

  def new, do: %{}

  def add_edge(g, a, b) do
    g
    |> Map.update(a, MapSet.new([b]), &MapSet.put(&1, b))
    |> Map.update(b, MapSet.new([a]), &MapSet.put(&1, a))
  end

  def neighbours(g, v), do: Map.get(g, v, MapSet.new())

  def bfs(g, start) do
    do_bfs(g, :queue.from_list([start]), MapSet.new([start]), [])
  end

  defp do_bfs(g, queue, seen, acc) do
    case :queue.out(queue) do
      {:empty, _} ->
        Enum.reverse(acc)

      {{:value, v}, rest} ->
        next = g |> neighbours(v) |> MapSet.difference(seen) |> Enum.sort()
        do_bfs(g, Enum.reduce(next, rest, &:queue.in/2), MapSet.union(seen, MapSet.new(next)), [v | acc])
    end
  end

  def components(g) do
    g
    |> Map.keys()
    |> Enum.reduce({[], MapSet.new()}, fn v, {comps, seen} ->
      if v in seen do
        {comps, seen}
      else
        comp = bfs(g, v)
        {[Enum.sort(comp) | comps], MapSet.union(seen, MapSet.new(comp))}
      end
    end)
    |> elem(0)
    |> Enum.sort()
  end
end

ExUnit.start(seed: 0)

defmodule GraphTest do
  use ExUnit.Case

  setup do
    g = Enum.reduce([{1, 2}, {2, 3}, {1, 4}, {5, 6}], Graph.new(), fn {a, b}, g -> Graph.add_edge(g, a, b) end)
    {:ok, graph: g}
  end

  test "bfs order", %{graph: g} do
    assert Graph.bfs(g, 1) == [1, 2, 4, 3]
  end

  test "components", %{graph: g} do
    assert Graph.components(g) == [[1, 2, 3, 4], [5, 6]]
  end

  test "mapset ops" do
    a = MapSet.new([1, 2, 3])
    b = MapSet.new([2, 3, 4])
    IO.inspect(MapSet.intersection(a, b))
    IO.inspect(MapSet.symmetric_difference(a, b))
    IO.inspect(MapSet.subset?(MapSet.new([2]), a))
    IO.inspect(MapSet.disjoint?(a, MapSet.new([9])))
    IO.inspect(MapSet.size(MapSet.union(a, b)))
    IO.inspect(Enum.map(a, &(&1 * 2)))
    IO.inspect(MapSet.filter(a, &(&1 > 1)))
    IO.inspect(MapSet.new(~w(b a c)), label: "set")
  end

  test "mapset inequality", %{graph: g} do
    assert Graph.neighbours(g, 1) == MapSet.new([2, 3])
  end
end
