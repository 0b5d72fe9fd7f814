# Tasks compute in parallel; each has its own process.
parent = self()
tasks = for i <- 1..4, do: Task.async(fn -> {i, self() != parent, i * i} end)
IO.inspect(Task.await_many(tasks))
pids = Enum.map(tasks, & &1.pid)
IO.inspect(length(Enum.uniq(pids)))
Process.sleep(20)
IO.inspect(Enum.any?(pids, &Process.alive?/1))
{:ok, started} = Task.start(fn -> send(parent, {:started_task, :ran}) end)
receive do
  {:started_task, v} -> IO.inspect(v)
end
IO.inspect(is_pid(started))
