defmodule Say do
  def hi(pid, word), do: send(pid, {:said, word})
end
{:ok, _} = :timer.apply_after(10, Say, :hi, [self(), "hello"])
receive do
  {:said, w} -> IO.puts(w)
end
{:ok, t} = :timer.send_interval(10, self(), :tick)
for _ <- 1..3, do: receive(do: (:tick -> IO.puts("tick")))
{:ok, :cancel} = :timer.cancel(t)
receive do
  :tick -> IO.puts("late tick")
after
  40 -> IO.puts("stopped")
end
