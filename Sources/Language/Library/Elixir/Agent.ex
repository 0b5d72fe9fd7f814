# Agent: a process holding state, built on spawn, monitors and receive, as in Elixir.
defmodule Agent do
  def start_link(fun, options \\ []), do: start_agent(fun, options, true)
  def start(fun, options \\ []), do: start_agent(fun, options, false)

  defp start_agent(fun, options, link?) do
    name = Keyword.get(options, :name)
    existing = if name, do: Process.whereis(name), else: nil
    if existing do
      {:error, {:already_started, existing}}
    else
      parent = self()
      init = fn -> Agent.__init__(parent, fun, name) end
      pid = if link?, do: spawn_link(init), else: spawn(init)
      ref = Process.monitor(pid)
      receive do
        {:"$agent_ack", ^pid} ->
          Process.demonitor(ref, [:flush])
          {:ok, pid}
        {:DOWN, ^ref, _, _, reason} -> {:error, reason}
      end
    end
  end

  def __init__(parent, fun, name) do
    if name, do: Process.register(self(), name)
    state = fun.()
    send(parent, {:"$agent_ack", self()})
    __loop__(state)
  end

  def __loop__(state) do
    receive do
      {:"$gen_call", {from, ref}, {:get, fun}} ->
        send(from, {ref, fun.(state)})
        __loop__(state)
      {:"$gen_call", {from, ref}, {:update, fun}} ->
        new_state = fun.(state)
        send(from, {ref, :ok})
        __loop__(new_state)
      {:"$gen_call", {from, ref}, {:get_and_update, fun}} ->
        {reply, new_state} = fun.(state)
        send(from, {ref, reply})
        __loop__(new_state)
      {:"$gen_cast", {:cast, fun}} ->
        __loop__(fun.(state))
      {:"$agent_stop", reason} ->
        exit(reason)
    end
  end

  def get(agent, fun, timeout \\ 5000), do: call(agent, {:get, fun}, timeout)
  def get(agent, module, fun, args, timeout \\ 5000), do: get(agent, __mfa__(module, fun, args), timeout)
  def update(agent, module, fun, args, timeout \\ 5000), do: update(agent, __mfa__(module, fun, args), timeout)
  def get_and_update(agent, module, fun, args, timeout \\ 5000),
    do: get_and_update(agent, __mfa__(module, fun, args), timeout)
  def cast(agent, module, fun, args), do: cast(agent, __mfa__(module, fun, args))

  def __mfa__(module, fun, args), do: fn state -> apply(module, fun, [state | args]) end
  def update(agent, fun, timeout \\ 5000), do: call(agent, {:update, fun}, timeout)
  def get_and_update(agent, fun, timeout \\ 5000), do: call(agent, {:get_and_update, fun}, timeout)

  def cast(agent, fun) do
    pid = whereis(agent)
    if pid, do: send(pid, {:"$gen_cast", {:cast, fun}})
    :ok
  end

  def stop(agent, reason \\ :normal, timeout \\ :infinity) do
    pid = whereis(agent)
    if pid == nil, do: exit({:noproc, {GenServer, :stop, [agent, reason, timeout]}})
    ref = Process.monitor(pid)
    send(pid, {:"$agent_stop", reason})
    receive do
      {:DOWN, ^ref, _, _, _} -> :ok
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        exit({:timeout, {GenServer, :stop, [agent, reason, timeout]}})
    end
  end

  defp whereis(agent) when is_pid(agent), do: agent
  defp whereis(agent), do: Process.whereis(agent)

  defp call(agent, request, timeout) do
    pid = whereis(agent)
    if pid == nil, do: exit({:noproc, {GenServer, :call, [agent, request, timeout]}})
    ref = Process.monitor(pid)
    send(pid, {:"$gen_call", {self(), ref}, request})
    receive do
      {^ref, reply} ->
        Process.demonitor(ref, [:flush])
        reply
      {:DOWN, ^ref, _, _, reason} -> exit({reason, {GenServer, :call, [agent, request, timeout]}})
    after
      timeout ->
        Process.demonitor(ref, [:flush])
        exit({:timeout, {GenServer, :call, [agent, request, timeout]}})
    end
  end
end
