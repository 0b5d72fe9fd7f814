# GenServer: a server loop on spawn, monitors and receive, speaking the BEAM's protocol
# ({:"$gen_call", {pid, ref}, request}, {:"$gen_cast", request}, system messages); crash reports as Elixir 1.14 logs them.
defmodule GenServer do
  def start_link(module, init_arg, options \\ []), do: __start__(module, init_arg, options, true)
  def start(module, init_arg, options \\ []), do: __start__(module, init_arg, options, false)

  def __start__(module, init_arg, options, link?) do
    {starter, parent, name} = __starting__(options, link?)
    __spawn__(fn -> GenServer.__init_it__(starter, parent, module, init_arg, name) end, link?)
  end

  def __starting__(options, link?) do
    name = Keyword.get(options, :name)
    __check_name__(name)
    {self(), if(link?, do: self(), else: nil), name}
  end

  def __spawn__(init, link?) do
    pid = if link?, do: spawn_link(init), else: spawn(init)
    ref = Process.monitor(pid)
    receive do
      {:ack, ^pid, result} ->
        Process.demonitor(ref, [:flush])
        result
      {:DOWN, ^ref, _, _, reason} -> {:error, reason}
    end
  end

  def __check_name__(nil), do: :ok
  def __check_name__(name) when is_atom(name), do: :ok
  def __check_name__({:via, module, _}) when is_atom(module), do: :ok
  def __check_name__({:global, _}) do
    raise ArgumentError,
          "{:global, name} names are not supported by proctor (it runs a single node): " <>
            "name the process with an atom or {:via, Registry, {registry, key}}"
  end
  def __check_name__(other) do
    raise ArgumentError,
          "expected :name option to be one of the following:\n\n  * nil\n  * atom\n  * {:global, term}\n  * {:via, module, term}\n\nGot: " <>
            inspect(other)
  end

  def __init_it__(starter, parent, module, init_arg, name) do
    case __register__(name) do
      :yes -> __init_callback__(starter, {parent, __label__(name), module}, init_arg)
      {:no, pid} ->
        send(starter, {:ack, self(), {:error, {:already_started, pid}}})
        exit(:normal)
    end
  end

  def __label__(nil), do: nil
  def __label__({:via, _, term}), do: term
  def __label__(name), do: name

  def __register__(nil), do: :yes
  def __register__({:via, module, term}) do
    case module.register_name(term, self()) do
      :yes -> :yes
      :no -> {:no, module.whereis_name(term)}
    end
  end
  def __register__(name) do
    try do
      Process.register(self(), name)
      :yes
    rescue
      ArgumentError -> {:no, Process.whereis(name)}
    end
  end

  def __init_callback__(starter, {_, _, module} = server, init_arg) do
    case __run__(fn -> module.init(init_arg) end) do
      {:ok, {:ok, state}} ->
        send(starter, {:ack, self(), {:ok, self()}})
        __loop__(server, state, :infinity)
      {:ok, {:ok, state, action}} ->
        send(starter, {:ack, self(), {:ok, self()}})
        __loop__(server, state, action)
      {:ok, :ignore} ->
        send(starter, {:ack, self(), :ignore})
        exit(:normal)
      {:ok, {:stop, reason}} -> __init_failed__(starter, reason)
      {:ok, other} -> __init_failed__(starter, {:bad_return_value, other})
      {:failed, reason, _stack} -> __init_failed__(starter, reason)
    end
  end

  def __init_failed__(starter, reason) do
    send(starter, {:ack, self(), {:error, reason}})
    exit(reason)
  end

  def __run__(fun) do
    try do
      {:ok, fun.()}
    rescue
      error -> {:failed, {error, __STACKTRACE__}, []}
    catch
      :throw, value -> {:ok, value}
      :exit, reason -> {:failed, reason, __STACKTRACE__}
    end
  end

  def __loop__(server, state, :hibernate), do: __loop__(server, state, :infinity)
  def __loop__({_, _, module} = server, state, {:continue, continue}) do
    result = __run__(fn -> module.handle_continue(continue, state) end)
    __noreply__(server, state, result, {:continue, continue}, nil)
  end
  def __loop__(server, state, :infinity) do
    receive do
      message -> __message__(server, state, message)
    end
  end
  def __loop__(server, state, timeout) do
    receive do
      message -> __message__(server, state, message)
    after
      timeout -> __message__(server, state, :timeout)
    end
  end

  def __message__({parent, _, module} = server, state, message) do
    case message do
      {:"$gen_call", from, request} ->
        result = __run__(fn -> __handle_call__(module, request, from, state) end)
        __call_result__(server, state, result, request, from)
      {:"$gen_cast", request} ->
        __noreply__(server, state, __run__(fn -> __handle_cast__(module, request, state) end), message, nil)
      {:system, from, request} -> __system__(server, state, from, request)
      {:EXIT, ^parent, reason} when parent != nil -> __terminate__(server, {reason, []}, state, message, nil)
      _ -> __noreply__(server, state, __run__(fn -> __handle_info__(module, message, state) end), message, nil)
    end
  end

  def __call_result__(server, state, result, request, from) do
    case result do
      {:ok, {:reply, reply, new_state}} ->
        reply(from, reply)
        __loop__(server, new_state, :infinity)
      {:ok, {:reply, reply, new_state, action}} ->
        reply(from, reply)
        __loop__(server, new_state, action)
      {:ok, {:stop, reason, reply, new_state}} ->
        __terminate__(server, {reason, []}, new_state, request, from, fn -> reply(from, reply) end)
      _ -> __noreply__(server, state, result, request, from)
    end
  end

  def __noreply__(server, state, result, last, from) do
    case result do
      {:ok, {:noreply, new_state}} -> __loop__(server, new_state, :infinity)
      {:ok, {:noreply, new_state, action}} -> __loop__(server, new_state, action)
      {:ok, {:stop, reason, new_state}} -> __terminate__(server, {reason, []}, new_state, last, from)
      {:ok, other} -> __terminate__(server, {{:bad_return_value, other}, []}, state, last, from)
      {:failed, reason, stack} -> __terminate__(server, {reason, stack}, state, last, from)
    end
  end

  def __system__(server, state, {pid, ref}, :get_state) do
    send(pid, {ref, state})
    __loop__(server, state, :infinity)
  end
  def __system__(server, state, {pid, ref}, {:replace_state, fun}) do
    new_state = fun.(state)
    send(pid, {ref, new_state})
    __loop__(server, new_state, :infinity)
  end
  def __system__(server, state, _from, {:terminate, reason}) do
    __terminate__(server, {reason, []}, state, {:system, :terminate}, nil)
  end

  def __terminate__({_, label, module}, {reason, _} = failure, state, last, from, after_terminate \\ nil) do
    final =
      if function_exported?(module, :terminate, 2) do
        case __run__(fn -> module.terminate(reason, state) end) do
          {:ok, _} -> failure
          {:failed, new_reason, stack} -> {new_reason, stack}
        end
      else
        failure
      end
    if after_terminate, do: after_terminate.()
    __report__(label, final, last, from, state)
    exit(elem(final, 0))
  end

  def __report__(_label, {:normal, _}, _last, _from, _state), do: :ok
  def __report__(_label, {:shutdown, _}, _last, _from, _state), do: :ok
  def __report__(_label, {{:shutdown, _}, _}, _last, _from, _state), do: :ok
  def __report__(label, {reason, stack}, last, from, state) do
    :proctor.log_server_crash(label || self(), {reason, stack}, last, __client__(from), state)
  end

  def __client__({pid, _}) when is_pid(pid), do: pid
  def __client__(_), do: nil

  def __handle_call__(module, request, from, state) do
    if function_exported?(module, :handle_call, 3) do
      module.handle_call(request, from, state)
    else
      raise "attempted to call GenServer #{inspect(__proc__())} but no handle_call/3 clause was provided"
    end
  end

  def __handle_cast__(module, request, state) do
    if function_exported?(module, :handle_cast, 2) do
      module.handle_cast(request, state)
    else
      raise "attempted to cast GenServer #{inspect(__proc__())} but no handle_cast/2 clause was provided"
    end
  end

  def __handle_info__(module, message, state) do
    if function_exported?(module, :handle_info, 2) do
      module.handle_info(message, state)
    else
      text = "#{inspect(module)} #{inspect(__proc__())} received unexpected message in handle_info/2: #{inspect(message)}"
      :proctor.log(:error, text)
      {:noreply, state}
    end
  end

  def __proc__ do
    case Process.info(self(), :registered_name) do
      {_, []} -> self()
      {_, name} -> name
    end
  end

  def call(server, request, timeout \\ 5000) do
    case whereis(server) do
      nil -> exit({:noproc, {GenServer, :call, [server, request, timeout]}})
      pid when pid == self() -> exit({:calling_self, {GenServer, :call, [server, request, timeout]}})
      pid ->
        ref = Process.monitor(pid)
        send(pid, {:"$gen_call", {self(), ref}, request})
        receive do
          {^ref, reply} ->
            Process.demonitor(ref, [:flush])
            reply
          {:DOWN, ^ref, _, _, reason} -> exit({reason, {GenServer, :call, [server, request, timeout]}})
        after
          timeout ->
            Process.demonitor(ref, [:flush])
            exit({:timeout, {GenServer, :call, [server, request, timeout]}})
        end
    end
  end

  def cast(server, request) do
    case whereis(server) do
      nil -> :ok
      pid -> send(pid, {:"$gen_cast", request})
    end
    :ok
  end

  def reply({pid, ref}, reply) do
    send(pid, {ref, reply})
    :ok
  end

  def stop(server, reason \\ :normal, timeout \\ :infinity) do
    case whereis(server) do
      nil -> exit({:noproc, {GenServer, :stop, [server, reason, timeout]}})
      pid ->
        ref = Process.monitor(pid)
        send(pid, {:system, {self(), ref}, {:terminate, reason}})
        receive do
          {:DOWN, ^ref, _, _, ^reason} -> :ok
          {:DOWN, ^ref, _, _, other} -> exit({other, {GenServer, :stop, [server, reason, timeout]}})
        after
          timeout ->
            Process.demonitor(ref, [:flush])
            exit({:timeout, {GenServer, :stop, [server, reason, timeout]}})
        end
    end
  end

  def whereis(pid) when is_pid(pid), do: pid
  def whereis(name) when is_atom(name), do: Process.whereis(name)
  def whereis({:via, module, term}) do
    case module.whereis_name(term) do
      :undefined -> nil
      pid -> pid
    end
  end
  def whereis(name) do
    __check_name__(name)
    nil
  end
end
