# A ring of 500 processes passes a token around 10 times: 5,000 messages.
defmodule Ring do
  def relay(next) do
    receive do
      {:token, 0, parent} -> send(parent, :done)
      {:token, n, parent} ->
        send(next, {:token, n - 1, parent})
        relay(next)
    end
  end

  def build(1, first), do: first
  def build(n, first), do: build(n - 1, spawn(fn -> relay(first) end))
end

size = 500
laps = 10
hops = size * laps
{microseconds, :ok} =
  :timer.tc(fn ->
    last = spawn(fn -> receive do: ({:first, first} -> Ring.relay(first)) end)
    head = Ring.build(size, last)
    send(last, {:first, head})
    send(head, {:token, hops, self()})
    receive do
      :done -> :ok
    end
  end)
IO.puts("ring_messages_per_second #{round(hops / microseconds * 1_000_000)}")
