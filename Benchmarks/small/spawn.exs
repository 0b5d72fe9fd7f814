# Spawn 2,000 processes that each wait in receive, then stop them all.
count = 2_000
{microseconds, pids} =
  :timer.tc(fn ->
    for _ <- 1..count do
      spawn(fn -> receive do: (:stop -> :ok) end)
    end
  end)
IO.puts("spawn_nanoseconds_per_process #{div(microseconds * 1000, count)}")
Enum.each(pids, fn pid -> send(pid, :stop) end)
