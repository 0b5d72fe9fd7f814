# receive inside Enum callbacks waits for messages from another process.
parent = self()
spawn(fn ->
  for i <- 1..3 do
    Process.sleep(10)
    send(parent, {:tick, i})
  end
end)
ticks = Enum.map(1..3, fn _ ->
  receive do
    {:tick, i} -> i * 100
  end
end)
IO.inspect(ticks)
spawn(fn -> Enum.each([5, 6], &send(parent, {:n, &1})) end)
total = Enum.reduce(1..2, 0, fn _, acc ->
  receive do
    {:n, n} -> acc + n
  end
end)
IO.inspect(total)
Enum.each([20, 10], fn ms -> Process.sleep(ms) end)
IO.puts("sleeping inside Enum.each works")
