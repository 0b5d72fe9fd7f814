# Task.Supervisor: a DynamicSupervisor of temporary tasks, with start_child, async, async_nolink
# and their streams; tasks reply and report failures as Task's do.
defmodule Task.Supervisor do
  def start_link(options \\ []) do
    DynamicSupervisor.start_link(Keyword.merge([strategy: :one_for_one], Keyword.take(options, [:name, :max_children, :max_restarts, :max_seconds])))
  end

  def child_spec(options) do
    %{id: Keyword.get(options, :name, Task.Supervisor), start: {Task.Supervisor, :start_link, [options]}, type: :supervisor}
  end

  def start_child(supervisor, fun, options \\ []) do
    restart = Keyword.get(options, :restart, :temporary)
    owner = self()
    spec = %{id: Task, start: {Task.Supervisor, :__start_task__, [owner, fun]}, restart: restart}
    DynamicSupervisor.start_child(supervisor, spec)
  end

  def start_child(supervisor, module, function, arguments, options \\ []) do
    start_child(supervisor, fn -> apply(module, function, arguments) end, options)
  end

  def __start_task__(owner, fun), do: {:ok, spawn_link(fn -> Task.__invoke__(owner, fun) end)}
  def __start_async__(owner, fun), do: {:ok, spawn_link(fn -> Task.__await_ref__(owner, fun) end)}

  def async(supervisor, fun, options \\ []), do: __async__(supervisor, fun, options, true)
  def async_nolink(supervisor, fun, options \\ []), do: __async__(supervisor, fun, options, false)
  def async(supervisor, module, function, arguments, options \\ []),
    do: async(supervisor, fn -> apply(module, function, arguments) end, options)
  def async_nolink(supervisor, module, function, arguments, options \\ []),
    do: async_nolink(supervisor, fn -> apply(module, function, arguments) end, options)

  def __async__(supervisor, fun, _options, link?) do
    owner = self()
    spec = %{id: Task, start: {Task.Supervisor, :__start_async__, [owner, fun]}, restart: :temporary}
    {:ok, pid} = DynamicSupervisor.start_child(supervisor, spec)
    if link?, do: Process.link(pid)
    ref = Process.monitor(pid)
    send(pid, {:"$task_ref", ref})
    %Task{mfa: {:erlang, :apply, 2}, owner: owner, pid: pid, ref: ref}
  end

  def async_stream(supervisor, enumerable, fun, options \\ []),
    do: __stream__(supervisor, enumerable, fun, options, true)
  def async_stream_nolink(supervisor, enumerable, fun, options \\ []),
    do: __stream__(supervisor, enumerable, fun, options, false)

  def __stream__(supervisor, enumerable, fun, options, link?) do
    limit = Keyword.get(options, :max_concurrency, 2)
    timeout = Keyword.get(options, :timeout, 5000)
    on_timeout = Keyword.get(options, :on_timeout, :exit)
    start = fn item -> __async__(supervisor, fn -> fun.(item) end, [], link?) end
    __collect__(Enum.to_list(enumerable), [], start, {limit, timeout, on_timeout}, [])
  end

  def __collect__([], [], _start, _settings, results), do: Enum.reverse(results)
  def __collect__([item | pending], running, start, {limit, timeout, _} = settings, results) when length(running) < limit do
    deadline = if timeout == :infinity, do: :infinity, else: System.monotonic_time(:millisecond) + timeout
    __collect__(pending, running ++ [{start.(item), deadline}], start, settings, results)
  end
  def __collect__(pending, [{task, deadline} | running], start, {_, timeout, on_timeout} = settings, results) do
    result =
      case Task.yield(task, Task.__remaining__(deadline)) do
        nil -> Task.__stream_timeout__(task, timeout, on_timeout)
        reply -> reply
      end
    __collect__(pending, running, start, settings, [result | results])
  end

  def children(supervisor) do
    for {_, pid, _, _} <- DynamicSupervisor.which_children(supervisor), is_pid(pid), do: pid
  end

  def terminate_child(supervisor, pid), do: DynamicSupervisor.terminate_child(supervisor, pid)
end
