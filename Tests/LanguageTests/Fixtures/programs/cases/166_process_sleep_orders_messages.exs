# Processes that sleep for different times report in order of their sleeps.
parent = self()
for {name, ms} <- [slow: 150, fast: 10, medium: 70] do
  spawn(fn ->
    Process.sleep(ms)
    send(parent, name)
  end)
end
order = for _ <- 1..3 do
  receive do
    name -> name
  end
end
IO.inspect(order)
IO.inspect(Process.sleep(1))
