{:ok, _} = Registry.start_link(keys: :duplicate, name: Events)
IO.inspect(Registry.count(Events))
{:ok, _} = Registry.register(Events, :clicked, 1)
{:ok, _} = Registry.register(Events, :clicked, 2)
{:ok, _} = Registry.register(Events, :closed, 3)
IO.inspect(Registry.count(Events))
IO.inspect(Enum.sort(Registry.keys(Events, self())))
IO.inspect(Registry.count_match(Events, :clicked, :_))
IO.inspect(Registry.count_match(Events, :clicked, 2))

parent = self()
pid = spawn(fn ->
  Registry.register(Events, :spawned, :x)
  send(parent, :registered)
  receive do :stop -> :ok end
end)
receive do :registered -> :ok end
IO.inspect(Registry.keys(Events, pid))
IO.inspect(Registry.count(Events))
ref = Process.monitor(pid)
send(pid, :stop)
receive do {:DOWN, ^ref, _, _, _} -> :ok end
Process.sleep(10)
IO.inspect(Registry.keys(Events, pid))
IO.inspect(Registry.count(Events))
:ok = Registry.unregister(Events, :clicked)
IO.inspect(Registry.count(Events))
