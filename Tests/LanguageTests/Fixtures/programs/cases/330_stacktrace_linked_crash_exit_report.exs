# A linked process that raises takes the script down; the EXIT report shows the raise's frames.
defmodule Worker do
  def start(parent) do
    spawn_link(fn -> run(parent, [3, 2, 1, 0]) end)
  end

  def run(parent, [n | rest]) do
    send(parent, {:share, share(n)})

    receive do
      :ack -> run(parent, rest)
    end
  end

  def share(0), do: raise(ArgumentError, "no share for 0")
  def share(n), do: div(12, n)
end

worker = Worker.start(self())

for _ <- 1..3 do
  receive do
    {:share, value} -> IO.puts("share #{value}")
  end

  send(worker, :ack)
end

receive do
  :never -> :ok
end
