# Tasks can start and await their own tasks.
outer = Task.async(fn ->
  inner = for n <- 1..3, do: Task.async(fn -> n * 100 end)
  Task.await_many(inner) |> Enum.sum()
end)
IO.inspect(Task.await(outer))
tree = Task.async(fn ->
  left = Task.async(fn -> Enum.sum(1..50) end)
  right = Task.async(fn -> Enum.sum(51..100) end)
  {Task.await(left), Task.await(right)}
end)
IO.inspect(Task.await(tree))
