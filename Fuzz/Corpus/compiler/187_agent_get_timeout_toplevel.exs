# An Agent call that times out exits the caller with a GenServer.call timeout.
{:ok, agent} = Agent.start(fn -> :state end)
IO.inspect(Agent.get(agent, & &1))
Agent.get(agent, fn s -> Process.sleep(1000); s end, 50)
IO.puts("never printed")
