{:ok, sup} = Task.Supervisor.start_link()
tasks = for n <- 1..3, do: Task.Supervisor.async(sup, fn -> n * 10 end)
IO.inspect(Enum.map(tasks, &Task.await/1))
IO.inspect(Task.Supervisor.children(sup))
