{:ok, _} = Registry.start_link(keys: :duplicate, name: PubSub)
parent = self()
for i <- 1..3 do
  spawn(fn ->
    Registry.register(PubSub, "topic", i)
    send(parent, :registered)
    receive do
      {:broadcast, msg} -> send(parent, {:got, i, msg})
    end
  end)
end
for _ <- 1..3, do: receive(do: (:registered -> :ok))
IO.inspect(length(Registry.lookup(PubSub, "topic")))
Registry.dispatch(PubSub, "topic", fn entries ->
  for {pid, _} <- entries, do: send(pid, {:broadcast, :hello})
end)
got = for _ <- 1..3, do: receive(do: ({:got, i, msg} -> {i, msg}))
IO.inspect(Enum.sort(got))
Registry.register(PubSub, "topic", :me)
Registry.register(PubSub, "topic", :me_again)
IO.inspect(Registry.lookup(PubSub, "topic") |> Enum.map(&elem(&1, 1)) |> Enum.sort())
