/// Process.sleep, Task and Agent: built on spawn, links, monitors and receive (Agent on GenServer), as in Elixir.
extension Prelude {
    static let processSource = #"""
    defmodule Process do
      def sleep(milliseconds) do
        receive do
        after
          milliseconds -> :ok
        end
      end
    end
    """#

    static let taskSource = #"""
    defmodule Task do
      def child_spec(arg), do: %{id: Task, restart: :temporary, start: {Task, :start_link, [arg]}}

      def async(fun) do
        owner = self()
        pid = spawn_link(fn -> Task.__await_ref__(owner, fun) end)
        ref = Process.monitor(pid)
        send(pid, {:"$task_ref", ref})
        %Task{mfa: {:erlang, :apply, 2}, owner: owner, pid: pid, ref: ref}
      end

      def __await_ref__(owner, fun) do
        receive do
          {:"$task_ref", ref} -> send(owner, {ref, Task.__invoke__(owner, fun)})
        end
      end

      def __invoke__(owner, fun) do
        try do
          fun.()
        rescue
          error -> :proctor.task_failed(owner, fun, :error, error, Exception.message(error), __STACKTRACE__)
        catch
          :exit, reason -> :proctor.task_failed(owner, fun, :exit, reason, nil, __STACKTRACE__)
          :throw, value -> :proctor.task_failed(owner, fun, :throw, value, nil, __STACKTRACE__)
        end
      end

      def start(fun) do
        owner = self()
        {:ok, spawn(fn -> Task.__invoke__(owner, fun) end)}
      end

      def start_link(fun) do
        owner = self()
        {:ok, spawn_link(fn -> Task.__invoke__(owner, fun) end)}
      end

      def await(%Task{ref: ref} = task, timeout \\ 5000) do
        receive do
          {^ref, reply} ->
            Process.demonitor(ref, [:flush])
            reply
          {:DOWN, ^ref, _, _, reason} -> exit({reason, {Task, :await, [task, timeout]}})
        after
          timeout ->
            Process.demonitor(ref, [:flush])
            exit({:timeout, {Task, :await, [task, timeout]}})
        end
      end

      def yield_many(tasks, timeout \\ 5000) do
        deadline = if timeout == :infinity, do: :infinity, else: System.monotonic_time(:millisecond) + timeout
        Enum.map(tasks, fn task -> {task, yield(task, __remaining__(deadline))} end)
      end

      def __remaining__(:infinity), do: :infinity
      def __remaining__(deadline), do: max(deadline - System.monotonic_time(:millisecond), 0)

      def async_stream(enumerable, fun, options \\ []) do
        limit = Keyword.get(options, :max_concurrency, 2)
        timeout = Keyword.get(options, :timeout, 5000)
        on_timeout = Keyword.get(options, :on_timeout, :exit)
        __stream__(Enum.to_list(enumerable), [], fun, {limit, timeout, on_timeout}, [])
      end

      def async_stream(enumerable, module, function, arguments, options \\ []) do
        async_stream(enumerable, fn item -> apply(module, function, [item | arguments]) end, options)
      end

      def __stream__([], [], _fun, _settings, results), do: Enum.reverse(results)
      def __stream__([item | pending], running, fun, {limit, _, _} = settings, results) when length(running) < limit do
        __stream__(pending, running ++ [Task.async(fn -> fun.(item) end)], fun, settings, results)
      end
      def __stream__(pending, [task | running], fun, {_, timeout, on_timeout} = settings, results) do
        result =
          case yield(task, timeout) do
            nil -> __stream_timeout__(task, timeout, on_timeout)
            reply -> reply
          end
        __stream__(pending, running, fun, settings, [result | results])
      end

      def __stream_timeout__(task, _timeout, :kill_task) do
        shutdown(task, :brutal_kill)
        {:exit, :timeout}
      end
      def __stream_timeout__(_task, timeout, _), do: exit({:timeout, {Task.Supervised, :stream, [timeout]}})

      def await_many(tasks, timeout \\ 5000), do: Enum.map(tasks, fn task -> await(task, timeout) end)

      def yield(%Task{ref: ref}, timeout \\ 5000) do
        receive do
          {^ref, reply} ->
            Process.demonitor(ref, [:flush])
            {:ok, reply}
          {:DOWN, ^ref, _, _, reason} -> {:exit, reason}
        after
          timeout -> nil
        end
      end

      def shutdown(%Task{pid: pid, ref: ref}, timeout \\ 5000) do
        Process.unlink(pid)
        Process.exit(pid, if(timeout == :brutal_kill, do: :kill, else: :shutdown))
        receive do
          {^ref, reply} ->
            Process.demonitor(ref, [:flush])
            {:ok, reply}
          {:DOWN, ^ref, _, _, :shutdown} -> nil
          {:DOWN, ^ref, _, _, :killed} -> nil
          {:DOWN, ^ref, _, _, :noproc} -> nil
          {:DOWN, ^ref, _, _, reason} -> {:exit, reason}
        end
      end
    end
    """#

    static let agentSource = #"""
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

    defmodule Agent.Server do
      def init(fun), do: {:ok, __run__(fun, [])}

      def handle_call({:get, fun}, _from, state), do: {:reply, __run__(fun, [state]), state}
      def handle_call({:update, fun}, _from, state), do: {:reply, :ok, __run__(fun, [state])}
      def handle_call({:get_and_update, fun}, _from, state) do
        case __run__(fun, [state]) do
          {reply, new_state} -> {:reply, reply, new_state}
          other -> {:stop, {:bad_return_value, other}, state}
        end
      end

      def handle_cast({:cast, fun}, state), do: {:noreply, __run__(fun, [state])}

      def __run__({module, fun, args}, extra), do: apply(module, fun, extra ++ args)
      def __run__(fun, []), do: fun.()
      def __run__(fun, [state]), do: fun.(state)
    end
    """#
}
