# Enumerable on a user struct: Enum and Stream functions reach its elements through reduce/3.
defmodule Countdown do
  defstruct from: 3

  defimpl Enumerable do
    def count(%Countdown{from: from}), do: {:ok, from + 1}
    def member?(%Countdown{from: from}, x), do: {:ok, is_integer(x) and x >= 0 and x <= from}
    def slice(_), do: {:error, __MODULE__}

    def reduce(_, {:halt, acc}, _fun), do: {:halted, acc}
    def reduce(c, {:suspend, acc}, fun), do: {:suspended, acc, &reduce(c, &1, fun)}
    def reduce(%Countdown{from: n}, {:cont, acc}, _fun) when n < 0, do: {:done, acc}
    def reduce(%Countdown{from: n}, {:cont, acc}, fun), do: reduce(%Countdown{from: n - 1}, fun.(n, acc), fun)
  end
end

defmodule Main do
  def run do
    c = %Countdown{from: 5}
    IO.inspect(Enum.to_list(c))
    IO.inspect(Enum.map(c, &(&1 * 10)))
    IO.inspect(Enum.count(c))
    IO.inspect(Enum.member?(c, 3))
    IO.inspect(Enum.member?(c, 9))
    IO.inspect(Enum.sum(c))
    IO.inspect(Enum.take(c, 2))
    IO.inspect(Enum.find(c, &(rem(&1, 2) == 0)))
    IO.inspect(Enum.filter(c, &(&1 > 2)))
    IO.inspect(Enum.reduce(c, 0, &+/2))
    IO.inspect(Enum.sort(c))
    IO.inspect(Enum.at(c, 1))
    IO.inspect(c |> Stream.map(&(&1 + 1)) |> Enum.to_list())
    IO.inspect(for x <- c, x > 3, do: x)
    IO.inspect(Enum.zip(c, [:a, :b]))
    IO.inspect(Enumerable.reduce([1, 2, 3], {:cont, 0}, fn x, acc -> {:cont, x + acc} end))
    IO.inspect(Enumerable.reduce([1, 2, 3], {:cont, 0}, fn x, acc -> if x == 2, do: {:halt, acc}, else: {:cont, x + acc} end))
  end
end

Main.run()
