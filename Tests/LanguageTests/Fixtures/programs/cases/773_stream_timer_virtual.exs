# Stream.interval inside a process: a ticker reports to its parent.
parent = self()
spawn(fn ->
  Stream.interval(100) |> Stream.take(3) |> Enum.each(&send(parent, {:tick, &1}))
  send(parent, :done)
end)
defmodule Collect do
  def loop(acc) do
    receive do
      {:tick, n} -> loop([n | acc])
      :done -> Enum.reverse(acc)
    end
  end
end
IO.inspect(Collect.loop([]))
IO.inspect(Stream.timer(50) |> Stream.map(fn 0 -> :rang end) |> Enum.to_list())
