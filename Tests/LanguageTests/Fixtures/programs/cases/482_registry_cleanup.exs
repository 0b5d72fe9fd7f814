{:ok, _} = Registry.start_link(keys: :unique, name: Names)
parent = self()
pid = spawn(fn ->
  Registry.register(Names, :worker, 1)
  send(parent, :ok)
  receive do
    :stop -> :ok
  end
end)
receive do
  :ok -> :ok
end
IO.inspect(Registry.lookup(Names, :worker) == [{pid, 1}])
send(pid, :stop)
Process.sleep(20)
IO.inspect(Registry.lookup(Names, :worker))
IO.inspect(Registry.count(Names))
