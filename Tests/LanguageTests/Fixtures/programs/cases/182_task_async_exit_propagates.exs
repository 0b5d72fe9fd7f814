# A task that exits abnormally takes its linked caller down.
IO.puts("starting a task that exits with :task_gave_up")
task = Task.async(fn -> exit(:task_gave_up) end)
Task.await(task)
IO.puts("never printed")
