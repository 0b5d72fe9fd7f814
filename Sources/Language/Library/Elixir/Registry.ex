# Registry: a named server holding keys for processes (:unique or :duplicate), which monitors each
# registered process and drops its keys when it dies; also a {:via, Registry, _} name module.
defmodule Registry do
  def start_link(options) do
    keys = Keyword.get(options, :keys)
    if keys not in [:unique, :duplicate] do
      raise ArgumentError, "expected :keys to be given and be one of :unique or :duplicate, got: #{inspect(keys)}"
    end
    name = Keyword.get(options, :name)
    if not is_atom(name) or name == nil do
      raise ArgumentError, "expected :name to be given and to be an atom, got: #{inspect(name)}"
    end
    GenServer.start_link(Registry, {keys, Keyword.get(options, :meta, [])}, name: name)
  end

  def child_spec(options) do
    %{id: Keyword.get(options, :name, Registry), start: {Registry, :start_link, [options]}, type: :supervisor}
  end

  def init({keys, meta}), do: {:ok, %{keys: keys, entries: [], monitors: %{}, meta: Map.new(meta)}}

  def register(registry, key, value), do: __call__(registry, {:register, self(), key, value})
  def unregister(registry, key), do: __call__(registry, {:unregister, self(), key})
  def lookup(registry, key), do: __call__(registry, {:lookup, key})
  def keys(registry, pid), do: __call__(registry, {:keys, pid})
  def values(registry, key, pid), do: __call__(registry, {:values, key, pid})
  def count(registry), do: __call__(registry, :count)
  def match(registry, key, pattern), do: Enum.filter(lookup(registry, key), fn {_, value} -> __matches__(pattern, value) end)
  def count_match(registry, key, pattern), do: length(match(registry, key, pattern))
  def select(registry, spec), do: __call__(registry, {:select, spec})
  def count_select(registry, spec), do: length(select(registry, spec))
  def meta(registry, key), do: __call__(registry, {:meta, key})
  def put_meta(registry, key, value), do: __call__(registry, {:put_meta, key, value})

  def update_value(registry, key, fun) do
    case __call__(registry, {:update_value, self(), key, fun}) do
      {:raise, message} -> raise ArgumentError, message
      result -> result
    end
  end

  def dispatch(registry, key, fun, _options \\ []) do
    case lookup(registry, key) do
      [] -> :ok
      entries ->
        case fun do
          {module, function, arguments} -> apply(module, function, [entries | arguments])
          _ -> fun.(entries)
        end
        :ok
    end
  end

  def register_name({registry, key}, pid) do
    case __call__(registry, {:register, pid, key, nil}) do
      {:ok, _} -> :yes
      {:error, _} -> :no
    end
  end

  def whereis_name({registry, key}) do
    case lookup(registry, key) do
      [{pid, _}] -> pid
      _ -> :undefined
    end
  end

  def unregister_name({registry, key}), do: unregister(registry, key)

  def send({registry, key}, message) do
    case whereis_name({registry, key}) do
      :undefined -> raise ArgumentError, "no process registered under #{inspect(key)} in #{inspect(registry)} registry"
      pid -> Kernel.send(pid, message)
    end
  end

  def __call__(registry, request) do
    if GenServer.whereis(registry) == nil, do: raise(ArgumentError, "unknown registry: #{inspect(registry)}")
    GenServer.call(registry, request, :infinity)
  end

  def __matches__(:_, _value), do: true
  def __matches__(pattern, value) when is_tuple(pattern) and is_tuple(value) and tuple_size(pattern) == tuple_size(value) do
    Enum.all?(Enum.zip(Tuple.to_list(pattern), Tuple.to_list(value)), fn {p, v} -> __matches__(p, v) end)
  end
  def __matches__(pattern, value), do: pattern == value

  def handle_call({:register, pid, key, value}, _from, state) do
    case {state.keys, List.keyfind(state.entries, key, 0)} do
      {:unique, {_, owner, _}} -> {:reply, {:error, {:already_registered, owner}}, state}
      _ -> {:reply, {:ok, self()}, __add__(state, pid, key, value)}
    end
  end
  def handle_call({:unregister, pid, key}, _from, state) do
    entries = Enum.reject(state.entries, fn {k, p, _} -> k == key and p == pid end)
    {:reply, :ok, %{state | entries: entries}}
  end
  def handle_call({:lookup, key}, _from, state) do
    {:reply, for({^key, pid, value} <- state.entries, do: {pid, value}), state}
  end
  def handle_call({:keys, pid}, _from, state), do: {:reply, for({key, ^pid, _} <- state.entries, do: key), state}
  def handle_call({:values, key, pid}, _from, state) do
    {:reply, for({^key, ^pid, value} <- state.entries, do: value), state}
  end
  def handle_call(:count, _from, state), do: {:reply, length(state.entries), state}
  def handle_call({:select, spec}, _from, state) do
    {:reply, Registry.MatchSpec.select(spec, Enum.map(state.entries, fn {key, pid, value} -> {key, pid, value} end)), state}
  end
  def handle_call({:meta, key}, _from, state), do: {:reply, Map.fetch(state.meta, key), state}
  def handle_call({:put_meta, key, value}, _from, state), do: {:reply, :ok, %{state | meta: Map.put(state.meta, key, value)}}
  def handle_call({:update_value, _pid, _key, _fun}, _from, %{keys: :duplicate} = state) do
    {:reply, {:raise, "Registry.update_value/3 is not supported for duplicate registries"}, state}
  end
  def handle_call({:update_value, pid, key, fun}, _from, state) do
    case List.keyfind(state.entries, key, 0) do
      {^key, ^pid, old} ->
        new = fun.(old)
        {:reply, {new, old}, %{state | entries: List.keyreplace(state.entries, key, 0, {key, pid, new})}}
      _ -> {:reply, :error, state}
    end
  end

  def handle_info({:DOWN, _ref, :process, pid, _reason}, state) do
    entries = Enum.reject(state.entries, fn {_, p, _} -> p == pid end)
    {:noreply, %{state | entries: entries, monitors: Map.delete(state.monitors, pid)}}
  end
  def handle_info(_message, state), do: {:noreply, state}

  def __add__(state, pid, key, value) do
    monitors = if Map.has_key?(state.monitors, pid), do: state.monitors, else: Map.put(state.monitors, pid, Process.monitor(pid))
    %{state | entries: state.entries ++ [{key, pid, value}], monitors: monitors}
  end
end
