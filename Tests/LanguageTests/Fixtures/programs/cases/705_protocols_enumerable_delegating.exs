# An Enumerable implementation that delegates to its list, and a struct that is not enumerable.
defmodule Bag do
  defstruct items: []

  def new(items), do: %Bag{items: items}

  defimpl Enumerable do
    def count(bag), do: {:ok, length(bag.items)}
    def member?(bag, x), do: {:ok, x in bag.items}
    def slice(_bag), do: {:error, __MODULE__}
    def reduce(bag, acc, fun), do: Enumerable.reduce(bag.items, acc, fun)
  end
end

defmodule Plain do
  defstruct a: 1
end

defmodule Main do
  def run do
    bag = Bag.new([3, 1, 2])
    IO.inspect(Enum.sort(bag))
    IO.inspect(Enum.max(bag))
    IO.inspect(Enum.join(bag, "-"))
    IO.inspect(Enum.with_index(bag))
    IO.inspect(Enum.reduce_while(bag, 0, fn x, acc -> if x == 1, do: {:halt, acc}, else: {:cont, acc + x} end))
    IO.inspect(Enum.empty?(bag))
    IO.inspect(Enum.into(bag, []))
    IO.inspect(MapSet.new(bag) |> MapSet.size())
    Enum.map(%Plain{}, & &1)
  end
end

Main.run()
