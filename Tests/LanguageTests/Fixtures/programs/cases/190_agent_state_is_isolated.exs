# The Agent's state lives in its own process; the returned value is a copy.
{:ok, a} = Agent.start_link(fn -> %{list: [1, 2]} end)
snapshot = Agent.get(a, & &1)
Agent.update(a, fn s -> %{s | list: [0 | s.list]} end)
IO.inspect(snapshot)
IO.inspect(Agent.get(a, & &1))
{:ok, b} = Agent.start_link(fn -> self() end)
IO.inspect(Agent.get(b, & &1) == b)
IO.inspect(Agent.get(b, fn _ -> self() end) == self())
