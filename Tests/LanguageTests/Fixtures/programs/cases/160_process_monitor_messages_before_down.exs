# Messages sent before a process dies arrive before its :DOWN.
parent = self()
{pid, ref} = spawn_monitor(fn ->
  send(parent, {:msg, 1})
  send(parent, {:msg, 2})
  exit(:bye)
end)
got = for _ <- 1..3 do
  receive do
    {:msg, n} -> {:msg, n}
    {:DOWN, ^ref, :process, ^pid, reason} -> {:down, reason}
  end
end
IO.inspect(got)
