# A server that stops itself after a period without messages.
defmodule Idle do
  def start(parent), do: spawn(fn -> loop(parent, 0) end)
  defp loop(parent, handled) do
    receive do
      :work -> loop(parent, handled + 1)
    after
      100 -> send(parent, {:idle_stop, handled})
    end
  end
  def await_down(ref, pid) do
    receive do
      {:DOWN, ^ref, :process, ^pid, reason} -> reason
    end
  end
end
pid = Idle.start(self())
ref = Process.monitor(pid)
for _ <- 1..3, do: send(pid, :work)
receive do
  {:idle_stop, n} -> IO.inspect(n, label: "handled before idling")
end
IO.inspect(Idle.await_down(ref, pid), label: "server down")
