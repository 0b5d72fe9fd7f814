# Calling a stopped Agent exits the caller with :noproc.
{:ok, agent} = Agent.start(fn -> [] end)
IO.inspect(Agent.stop(agent))
IO.inspect(Process.alive?(agent))
Agent.update(agent, fn l -> [1 | l] end)
IO.puts("never printed")
