# Task: built on spawn, links, monitors and receive, as in Elixir.
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
