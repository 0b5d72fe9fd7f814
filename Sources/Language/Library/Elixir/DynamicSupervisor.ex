# DynamicSupervisor: children started on demand, restarted one for one by their restart type,
# at most max_children of them.
defmodule DynamicSupervisor do
  def start_link(options) when is_list(options) do
    {start_options, flags} = Keyword.split(options, [:name])
    GenServer.start_link(DynamicSupervisor, {DynamicSupervisor.Default, init(flags)}, start_options)
  end

  def start_link(module, init_arg, options \\ []) do
    GenServer.start_link(DynamicSupervisor, {module, init_arg}, Keyword.take(options, [:name]))
  end

  def child_spec(options) do
    %{id: Keyword.get(options, :name, DynamicSupervisor), start: {DynamicSupervisor, :start_link, [options]}, type: :supervisor}
  end

  def init({module, arg}) do
    Process.flag(:trap_exit, true)
    case module.init(arg) do
      {:ok, flags} -> {:ok, Map.merge(flags, %{children: [], restarts: []})}
      :ignore -> :ignore
      other -> {:stop, {:bad_return, {module, :init, other}}}
    end
  end

  def init(options) when is_list(options) do
    strategy = Keyword.get(options, :strategy, :one_for_one)
    if strategy != :one_for_one do
      raise ArgumentError, "DynamicSupervisor only supports :one_for_one strategy, got: #{inspect(strategy)}"
    end
    {:ok,
     %{
       strategy: strategy,
       intensity: Keyword.get(options, :max_restarts, 3),
       period: Keyword.get(options, :max_seconds, 5),
       max_children: Keyword.get(options, :max_children, :infinity),
       extra_arguments: Keyword.get(options, :extra_arguments, [])
     }}
  end

  def start_child(supervisor, spec) do
    GenServer.call(supervisor, {:start_child, Supervisor.Server.__normalize__(Supervisor.__child__(spec))}, :infinity)
  end

  def terminate_child(supervisor, pid), do: GenServer.call(supervisor, {:terminate_child, pid}, :infinity)
  def which_children(supervisor), do: GenServer.call(supervisor, :which_children, :infinity)
  def count_children(supervisor), do: GenServer.call(supervisor, :count_children, :infinity)
  def stop(supervisor, reason \\ :normal, timeout \\ :infinity), do: GenServer.stop(supervisor, reason, timeout)

  def handle_call({:start_child, child}, _from, state) do
    if state.max_children != :infinity and length(state.children) >= state.max_children do
      {:reply, {:error, :max_children}, state}
    else
      {module, function, arguments} = child.start
      child = %{child | start: {module, function, arguments ++ state.extra_arguments}}
      case Supervisor.Server.__start__(child, :dynamic) do
        {:ok, %{pid: :undefined}} -> {:reply, :ignore, state}
        {:ok, started} -> {:reply, {:ok, started.pid}, %{state | children: state.children ++ [started]}}
        {:error, reason} -> {:reply, {:error, reason}, state}
      end
    end
  end
  def handle_call({:terminate_child, pid}, _from, state) do
    case Enum.find(state.children, &(&1.pid == pid)) do
      nil -> {:reply, {:error, :not_found}, state}
      child ->
        Supervisor.Server.__stop__(child)
        {:reply, :ok, __remove__(state, pid)}
    end
  end
  def handle_call(:which_children, _from, state) do
    {:reply, for(child <- state.children, do: {:undefined, child.pid, child.type, child.modules}), state}
  end
  def handle_call(:count_children, _from, state), do: {:reply, Supervisor.Server.__count__(state.children), state}

  def handle_info({:EXIT, pid, reason}, state) do
    case Enum.find(state.children, &(&1.pid == pid)) do
      nil -> {:noreply, state}
      child -> __child_exited__(child, reason, __remove__(state, pid))
    end
  end
  def handle_info(_message, state), do: {:noreply, state}

  def __child_exited__(%{restart: :temporary}, _reason, state), do: {:noreply, state}
  def __child_exited__(%{restart: :transient}, reason, state)
      when reason == :normal or reason == :shutdown or (is_tuple(reason) and elem(reason, 0) == :shutdown) do
    {:noreply, state}
  end
  def __child_exited__(child, reason, state) do
    now = System.monotonic_time(:millisecond)
    restarts = [now | Enum.filter(state.restarts, &(&1 > now - state.period * 1000))]
    state = %{state | restarts: restarts}
    if length(restarts) > state.intensity do
      {:stop, :shutdown, state}
    else
      case Supervisor.Server.__start__(%{child | pid: :undefined}, :dynamic) do
        {:ok, %{pid: :undefined}} -> {:noreply, state}
        {:ok, started} -> {:noreply, %{state | children: state.children ++ [started]}}
        {:error, _} -> __child_exited__(child, reason, state)
      end
    end
  end

  def __remove__(state, pid), do: %{state | children: Enum.filter(state.children, &(&1.pid != pid))}

  def terminate(_reason, state), do: Supervisor.Server.__stop_all__(state.children)
end
