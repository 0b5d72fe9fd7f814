# Big messages arrive intact; the receiver's changes never affect the sender.
parent = self()
big = Enum.to_list(1..100_000)
pid = spawn(fn ->
  receive do
    {:data, list} -> send(parent, {:sum, Enum.sum(list), length([0 | list])})
  end
end)
send(pid, {:data, big})
receive do
  {:sum, s, len} -> IO.inspect({s, len})
end
IO.inspect(length(big))
map = %{key: "value", nested: %{list: [1, 2, 3]}}
send(self(), map)
receive do
  m -> IO.inspect(m == map)
end
