{:ok, a} = Agent.start(fn -> %{n: 1} end)
result =
  try do
    Agent.get(a, fn _ -> raise "agent oops" end)
  catch
    :exit, {{%RuntimeError{message: m}, _}, {GenServer, :call, [_, {:get, _}, 5000]}} -> m
  end
IO.inspect(result)
IO.inspect(Process.alive?(a))
{:ok, b} = Agent.start(fn -> :s end)
IO.inspect(:sys.get_state(b))
{:error, {%RuntimeError{message: m}, _}} = Agent.start(fn -> raise "no start" end)
IO.inspect(m)
