# Many tasks update one Agent; every update is applied once, in some order.
{:ok, counter} = Agent.start_link(fn -> 0 end)
1..50
|> Enum.map(fn _ -> Task.async(fn -> Agent.update(counter, &(&1 + 1)) end) end)
|> Task.await_many()
IO.inspect(Agent.get(counter, & &1))
{:ok, log} = Agent.start_link(fn -> [] end)
for i <- 1..5, do: Agent.cast(log, &[i | &1])
IO.inspect(Agent.get(log, &Enum.reverse/1))
