# Registered names: send by name, Process.registered, names freed on exit.
pid = spawn(fn ->
  receive do
    {:ping, from} -> send(from, :pong)
  end
end)
true = Process.register(pid, :pinger)
IO.inspect(:pinger in Process.registered())
send(:pinger, {:ping, self()})
receive do
  :pong -> IO.puts("pong from named process")
end
Process.sleep(20)
IO.inspect(Process.whereis(:pinger))
IO.inspect(:pinger in Process.registered())
Process.register(self(), :main_script)
IO.inspect(Process.whereis(:main_script) == self())
IO.inspect(Process.info(self(), :registered_name))
send(:main_script, :to_myself)
receive do
  :to_myself -> IO.puts("sent to my own name")
end
