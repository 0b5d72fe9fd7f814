# on_exit and start_supervised: callbacks that run when a test's body has finished, and
# processes started under the test's own supervisor, which stops them (last started first) then.
defmodule ExUnit.Callbacks do
  # The callbacks run, last registered first, in a process of their own when the test's body has
  # finished (see ExUnit.Runner.exec_test/5); one registered again under the same name replaces the earlier.
  def on_exit(callback) when is_function(callback, 0), do: on_exit(make_ref(), callback)

  def on_exit(name, callback) when is_function(callback, 0) do
    callbacks = Process.get(:"$proctor_on_exit") || []
    Process.put(:"$proctor_on_exit", [{name, callback} | List.keydelete(callbacks, name, 0)])
    :ok
  end

  def start_supervised(child_spec_or_module, options \\ []) do
    supervisor = test_supervisor(:start_supervised, 2)
    child_spec = Supervisor.child_spec(child_spec_or_module, options)
    case Supervisor.start_child(supervisor, child_spec) do
      {:error, {:already_started, _pid}} -> {:error, {:duplicate_child_name, child_spec.id}}
      other -> other
    end
  end

  def start_supervised!(child_spec_or_module, options \\ []) do
    case start_supervised(child_spec_or_module, options) do
      {:ok, pid} -> pid
      {:ok, pid, _info} -> pid
      {:error, reason} ->
        raise "failed to start child with the spec #{inspect(child_spec_or_module)}.\nReason: #{start_error(reason)}"
    end
  end

  def stop_supervised(id) do
    supervisor = test_supervisor(:stop_supervised, 1)
    case Supervisor.terminate_child(supervisor, id) do
      :ok -> Supervisor.delete_child(supervisor, id)
      {:error, :not_found} -> {:error, :not_found}
    end
  end

  def stop_supervised!(id) do
    case stop_supervised(id) do
      :ok -> :ok
      {:error, :not_found} -> raise "could not stop child ID #{inspect(id)} because it was not found"
    end
  end

  defp start_error({{:EXIT, reason}, info}) when is_tuple(info), do: Exception.format_exit(reason)
  defp start_error({reason, info}) when is_tuple(info), do: Exception.format_exit(reason)
  defp start_error(reason), do: Exception.format_exit(reason)

  # The supervisor of the test (or setup_all) running in this process, started on first use; the
  # runner marks its processes with :none and stops the supervisor when the test ends.
  defp test_supervisor(function, arity) do
    case Process.get(:"$proctor_test_supervisor") do
      nil -> raise ArgumentError, "#{function}/#{arity} can only be invoked from the test process"
      :none ->
        {:ok, supervisor} = Supervisor.start_link([], strategy: :one_for_one, max_restarts: 1_000_000, max_seconds: 1)
        Process.put(:"$proctor_test_supervisor", supervisor)
        supervisor
      supervisor -> supervisor
    end
  end
end
