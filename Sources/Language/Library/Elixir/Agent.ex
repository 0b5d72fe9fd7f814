# Agent: a process holding state, a GenServer whose callbacks are Agent.Server, as in Elixir.
defmodule Agent do
  def child_spec(arg), do: %{id: Agent, start: {Agent, :start_link, [arg]}}

  def start_link(fun, options \\ []), do: __start__(fun, options, true)
  def start(fun, options \\ []), do: __start__(fun, options, false)

  defp __start__(fun, options, link?) do
    {starter, parent, name} = GenServer.__starting__(options, link?)
    GenServer.__spawn__(fn -> GenServer.__init_it__(starter, parent, Agent.Server, fun, name) end, link?)
  end
  def start_link(module, fun, args, options), do: start_link({module, fun, args}, options)
  def start(module, fun, args, options), do: start({module, fun, args}, options)

  def get(agent, fun, timeout \\ 5000), do: GenServer.call(agent, {:get, fun}, timeout)
  def get(agent, module, fun, args, timeout \\ 5000), do: get(agent, {module, fun, args}, timeout)
  def update(agent, fun, timeout \\ 5000), do: GenServer.call(agent, {:update, fun}, timeout)
  def update(agent, module, fun, args, timeout \\ 5000), do: update(agent, {module, fun, args}, timeout)
  def get_and_update(agent, fun, timeout \\ 5000), do: GenServer.call(agent, {:get_and_update, fun}, timeout)
  def get_and_update(agent, module, fun, args, timeout \\ 5000),
    do: get_and_update(agent, {module, fun, args}, timeout)
  def cast(agent, fun), do: GenServer.cast(agent, {:cast, fun})
  def cast(agent, module, fun, args), do: cast(agent, {module, fun, args})
  def stop(agent, reason \\ :normal, timeout \\ :infinity), do: GenServer.stop(agent, reason, timeout)
end
