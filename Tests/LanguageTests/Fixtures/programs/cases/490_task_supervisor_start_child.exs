{:ok, sup} = Task.Supervisor.start_link(name: :tasks)
parent = self()
{:ok, pid} = Task.Supervisor.start_child(:tasks, fn -> send(parent, :ran) end)
IO.inspect(is_pid(pid))
receive do
  :ran -> IO.puts("ran")
end
Process.sleep(10)
IO.inspect(Task.Supervisor.children(sup))
