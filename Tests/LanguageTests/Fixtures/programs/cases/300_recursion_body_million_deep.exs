defmodule Build do
  def up_to(0), do: []
  def up_to(n), do: [n | up_to(n - 1)]

  def sum([]), do: 0
  def sum([h | t]), do: h + sum(t)

  def double([]), do: []
  def double([h | t]), do: [2 * h | double(t)]
end

list = Build.up_to(1_000_000)
IO.puts(length(list))
IO.puts(Build.sum(list))
IO.inspect(Enum.take(Build.double(list), 3))

task = Task.async(fn -> Build.sum(Build.up_to(1_000_000)) end)
IO.puts(Task.await(task, :infinity))

parent = self()
spawn(fn -> send(parent, {:length, length(Build.up_to(500_000))}) end)
receive do
  {:length, n} -> IO.puts("spawned process built #{n} elements")
end
