/// Process.sleep, Task and Agent: built on spawn, links, monitors and receive, as in Elixir.
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
          error -> :proctor.task_failed(owner, fun, :error, error)
        catch
          :exit, reason -> :proctor.task_failed(owner, fun, :exit, reason)
          :throw, value -> :proctor.task_failed(owner, fun, :throw, value)
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

      def shutdown(%Task{pid: pid, ref: ref}, _timeout \\ 5000) do
        Process.unlink(pid)
        Process.exit(pid, :shutdown)
        receive do
          {^ref, reply} ->
            Process.demonitor(ref, [:flush])
            {:ok, reply}
          {:DOWN, ^ref, _, _, :shutdown} -> nil
          {:DOWN, ^ref, _, _, :noproc} -> nil
          {:DOWN, ^ref, _, _, reason} -> {:exit, reason}
        end
      end
    end
    """#

    static let agentSource = #"""
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
    """#
}
