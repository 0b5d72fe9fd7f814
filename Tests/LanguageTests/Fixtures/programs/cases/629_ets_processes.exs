# An :ets table belongs to the process that made it: others read it (and write a public one),
# it dies with its owner unless an heir takes it, and it can be given away.
counter = :ets.new(:counter, [:public])
:ets.insert(counter, {:n, 0})
me = self()
for _ <- 1..10 do
  spawn(fn ->
    for _ <- 1..100, do: :ets.update_counter(counter, :n, 1)
    send(me, :done)
  end)
end
for _ <- 1..10, do: receive(do: (:done -> :ok))
IO.inspect(:ets.lookup(counter, :n))

guarded = :ets.new(:guarded, [:protected])
:ets.insert(guarded, {:k, :v})
secret = :ets.new(:secret, [:private])
attempt = fn f ->
  spawn(fn ->
    result = try do
      f.()
    rescue
      e -> Exception.message(e)
    end
    send(me, {:result, result})
  end)
  receive do
    {:result, result} -> IO.inspect(result)
  end
end
attempt.(fn -> :ets.lookup(guarded, :k) end)
attempt.(fn -> :ets.insert(guarded, {:k, :other}) end)
attempt.(fn -> :ets.lookup(secret, :k) end)

owner = spawn(fn ->
  table = :ets.new(:short_lived, [:public, :named_table])
  send(me, {:made, table})
  receive do: (:stop -> :ok)
end)
receive do: ({:made, _} -> :ok)
IO.inspect(:ets.info(:short_lived, :size))
send(owner, :stop)
Process.sleep(20)
IO.inspect(:ets.info(:short_lived, :size))
IO.inspect(:ets.whereis(:short_lived))

spawn(fn ->
  table = :ets.new(:inherited, [:named_table, {:heir, me, :from_heir}])
  :ets.insert(table, {:kept, true})
end)
receive do
  {:"ETS-TRANSFER", table, from, data} -> IO.inspect({table, is_pid(from), data, :ets.lookup(table, :kept)})
end
IO.inspect(:ets.info(:inherited, :owner) == self())

mine = :ets.new(:given, [:named_table])
taker = spawn(fn ->
  receive do
    {:"ETS-TRANSFER", table, _from, data} ->
      :ets.insert(table, {:taken, data})
      send(me, :inserted)
  end
  receive do: (:stop -> :ok)
end)
IO.inspect(:ets.give_away(:given, taker, :gift))
receive do: (:inserted -> :ok)
IO.inspect(:ets.lookup(mine, :taken))
IO.inspect(:ets.info(:given, :owner) == taker)
send(taker, :stop)
