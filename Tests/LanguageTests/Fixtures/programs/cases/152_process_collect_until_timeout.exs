# A receive loop that collects messages until nothing arrives for a while.
defmodule Collector do
  def collect(acc) do
    receive do
      {:item, x} -> collect([x | acc])
    after
      100 -> Enum.reverse(acc)
    end
  end
end
parent = self()
spawn(fn -> Enum.each(1..5, &send(parent, {:item, &1})) end)
IO.inspect(Collector.collect([]))
IO.inspect(Collector.collect([]))
