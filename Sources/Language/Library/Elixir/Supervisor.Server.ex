# The supervisor process (a GenServer callback module): traps exits, restarts children by strategy and
# restart type within max_restarts in max_seconds, and shuts children down in reverse start order.
defmodule Supervisor.Server do
  def init({module, arg}) do
    Process.flag(:trap_exit, true)
    case module.init(arg) do
      {:ok, {flags, specs}} ->
        children = Enum.map(specs, &__normalize__/1)
        state = Map.merge(flags, %{children: [], restarts: [], module: module})
        case __start_all__(children, state) do
          {:ok, state} -> {:ok, state}
          {:error, reason, state} ->
            __stop_all__(state.children)
            {:stop, {:shutdown, reason}}
        end
      :ignore -> :ignore
      other -> {:stop, {:bad_return, {module, :init, other}}}
    end
  end

  def __normalize__(%{id: _, start: {module, _, _}} = spec) do
    type = Map.get(spec, :type, :worker)
    %{
      id: spec.id,
      start: spec.start,
      restart: Map.get(spec, :restart, :permanent),
      shutdown: Map.get(spec, :shutdown, if(type == :worker, do: 5000, else: :infinity)),
      type: type,
      modules: Map.get(spec, :modules, [module]),
      pid: :undefined
    }
  end
  def __normalize__(other), do: raise(ArgumentError, "invalid child specification: #{inspect(other)}")

  def __start_all__([], state), do: {:ok, state}
  def __start_all__([child | rest], state) do
    case __start__(child) do
      {:ok, started} -> __start_all__(rest, %{state | children: state.children ++ [started]})
      {:error, reason} -> {:error, {:failed_to_start_child, child.id, reason}, state}
    end
  end

  # Starts a child; a start function that returns no pid, raises or exits gives {:error, reason},
  # written as OTP's supervisor ({:EXIT, cause}) or Elixir's DynamicSupervisor ({exception, stacktrace}) writes it.
  def __start__(child, style \\ :supervisor) do
    case __apply_start__(child.start, style) do
      {:ok, pid} when is_pid(pid) -> {:ok, %{child | pid: pid}}
      {:ok, pid, _info} when is_pid(pid) -> {:ok, %{child | pid: pid}}
      :ignore -> {:ok, child}
      {:error, reason} -> {:error, reason}
      other -> {:error, other}
    end
  end

  def __apply_start__({module, function, arguments}, style) do
    try do
      apply(module, function, arguments)
    catch
      :throw, value when style == :supervisor -> value
      kind, reason -> {:error, __start_failure__(style, kind, reason, __STACKTRACE__)}
    end
  end

  def __start_failure__(:supervisor, :error, reason, stacktrace), do: {:EXIT, {reason, stacktrace}}
  def __start_failure__(:supervisor, :exit, reason, _stacktrace), do: {:EXIT, reason}
  def __start_failure__(:dynamic, :error, reason, stacktrace), do: {reason, stacktrace}
  def __start_failure__(:dynamic, :exit, reason, _stacktrace), do: reason
  def __start_failure__(:dynamic, :throw, value, stacktrace), do: {{:nocatch, value}, stacktrace}

  def __record__(child) do
    {:child, :undefined, child.id, child.start, child.restart, false, child.shutdown, child.type, child.modules}
  end

  def handle_call(:which_children, _from, state) do
    children = for child <- Enum.reverse(state.children), do: {child.id, child.pid, child.type, child.modules}
    {:reply, children, state}
  end
  def handle_call(:count_children, _from, state), do: {:reply, __count__(state.children), state}
  def handle_call({:start_child, spec}, _from, state) do
    child = __normalize__(spec)
    case Enum.find(state.children, &(&1.id == child.id)) do
      %{pid: pid} when is_pid(pid) -> {:reply, {:error, {:already_started, pid}}, state}
      %{} -> {:reply, {:error, :already_present}, state}
      nil ->
        case __start__(child) do
          {:ok, started} -> {:reply, {:ok, started.pid}, %{state | children: state.children ++ [started]}}
          {:error, reason} -> {:reply, {:error, {reason, __record__(child)}}, state}
        end
    end
  end
  def handle_call({:terminate_child, id}, _from, state) do
    case Enum.find(state.children, &(&1.id == id)) do
      nil -> {:reply, {:error, :not_found}, state}
      %{restart: :temporary} = child ->
        __stop__(child)
        {:reply, :ok, __remove__(state, child)}
      child ->
        __stop__(child)
        {:reply, :ok, __replace__(state, %{child | pid: :undefined})}
    end
  end
  def handle_call({:restart_child, id}, _from, state) do
    case Enum.find(state.children, &(&1.id == id)) do
      nil -> {:reply, {:error, :not_found}, state}
      %{pid: pid} when is_pid(pid) -> {:reply, {:error, :running}, state}
      child ->
        case __start__(child) do
          {:ok, started} -> {:reply, {:ok, started.pid}, __replace__(state, started)}
          {:error, reason} -> {:reply, {:error, reason}, state}
        end
    end
  end
  def handle_call({:delete_child, id}, _from, state) do
    case Enum.find(state.children, &(&1.id == id)) do
      nil -> {:reply, {:error, :not_found}, state}
      %{pid: pid} when is_pid(pid) -> {:reply, {:error, :running}, state}
      child -> {:reply, :ok, __remove__(state, child)}
    end
  end

  def handle_info({:EXIT, pid, reason}, state) do
    case Enum.find(state.children, &(&1.pid == pid)) do
      nil -> {:noreply, state}
      child -> __child_exited__(child, reason, state)
    end
  end
  def handle_info(_message, state), do: {:noreply, state}

  def __child_exited__(%{restart: :temporary} = child, _reason, state), do: {:noreply, __remove__(state, child)}
  def __child_exited__(%{restart: :transient} = child, reason, state)
      when reason == :normal or reason == :shutdown or (is_tuple(reason) and elem(reason, 0) == :shutdown) do
    {:noreply, __replace__(state, %{child | pid: :undefined})}
  end
  def __child_exited__(child, _reason, state) do
    state = __replace__(state, %{child | pid: :undefined})
    __restart__(child, state)
  end

  def __restart__(child, state) do
    now = System.monotonic_time(:millisecond)
    restarts = [now | Enum.filter(state.restarts, &(&1 > now - state.period * 1000))]
    state = %{state | restarts: restarts}
    if length(restarts) > state.intensity do
      {:stop, :shutdown, state}
    else
      __restart_by_strategy__(child, state)
    end
  end

  def __restart_by_strategy__(child, %{strategy: :one_for_one} = state), do: __restart_group__([child], child, state)
  def __restart_by_strategy__(child, %{strategy: :one_for_all} = state), do: __restart_group__(state.children, child, state)
  def __restart_by_strategy__(child, %{strategy: :rest_for_one} = state) do
    __restart_group__(Enum.drop_while(state.children, &(&1.id != child.id)), child, state)
  end

  def __restart_group__(group, failed, state) do
    ids = Enum.map(group, & &1.id)
    __stop_all__(Enum.filter(group, &(&1.id != failed.id)))
    group = Enum.filter(state.children, &(&1.id in ids))
    __restart_each__(group, state)
  end

  def __restart_each__([], state), do: {:noreply, state}
  def __restart_each__([%{restart: :temporary} = child | rest], state) do
    __restart_each__(rest, __remove__(state, child))
  end
  def __restart_each__([child | rest], state) do
    case __start__(%{child | pid: :undefined}) do
      {:ok, started} -> __restart_each__(rest, __replace__(state, started))
      {:error, _reason} -> __restart__(child, state)
    end
  end

  def __replace__(state, child) do
    %{state | children: Enum.map(state.children, fn c -> if c.id == child.id, do: child, else: c end)}
  end

  def __remove__(state, child), do: %{state | children: Enum.filter(state.children, &(&1.id != child.id))}

  def __count__(children) do
    %{
      active: Enum.count(children, &is_pid(&1.pid)),
      specs: length(children),
      supervisors: Enum.count(children, &(&1.type == :supervisor)),
      workers: Enum.count(children, &(&1.type == :worker))
    }
  end

  def terminate(_reason, state), do: __stop_all__(state.children)

  def __stop_all__(children), do: Enum.each(Enum.reverse(children), &__stop__/1)

  def __stop__(%{pid: pid} = child) when is_pid(pid) do
    ref = Process.monitor(pid)
    Process.unlink(pid)
    receive do
      {:EXIT, ^pid, _} -> :ok
    after
      0 -> :ok
    end
    if child.shutdown == :brutal_kill do
      Process.exit(pid, :kill)
      receive do
        {:DOWN, ^ref, _, _, _} -> :ok
      end
    else
      timeout = child.shutdown
      Process.exit(pid, :shutdown)
      receive do
        {:DOWN, ^ref, _, _, _} -> :ok
      after
        timeout ->
          Process.exit(pid, :kill)
          receive do
            {:DOWN, ^ref, _, _, _} -> :ok
          end
      end
    end
  end
  def __stop__(_child), do: :ok
end
