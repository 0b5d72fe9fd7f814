# spawn/3 runs Module.function(args...) in a new process.
defmodule Worker do
  def square_and_reply(parent, n), do: send(parent, {:square, n, n * n})
  def sum_and_reply(parent, list), do: send(parent, {:sum, Enum.sum(list)})
end
pid = spawn(Worker, :square_and_reply, [self(), 12])
IO.inspect(is_pid(pid))
receive do
  {:square, n, sq} -> IO.puts("#{n} squared is #{sq}")
end
spawn(Worker, :sum_and_reply, [self(), [1, 2, 3, 4]])
receive do
  {:sum, s} -> IO.inspect(s, label: "sum")
end
IO.inspect(pid == self())
