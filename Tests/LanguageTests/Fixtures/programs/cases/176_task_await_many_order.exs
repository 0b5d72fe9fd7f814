# await_many returns results in the order of the tasks, not of completion.
tasks =
  for {label, ms} <- [a: 80, b: 10, c: 40] do
    Task.async(fn ->
      Process.sleep(ms)
      {label, ms}
    end)
  end
IO.inspect(Task.await_many(tasks))
t = Task.async(fn -> Enum.sum(1..100) end)
IO.inspect(Task.await(t, 1000))
IO.inspect(Task.await_many([]))
IO.inspect(t.__struct__)
IO.inspect(is_pid(t.pid) and is_reference(t.ref))
