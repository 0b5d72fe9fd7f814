# The body of a test's process: setup, the test, its supervised processes stopped, its on_exit
# callbacks, and its verdict; and the body of the process that runs a module's setup_all callbacks.
defmodule ExUnit.Runner do
  # The body of one test's process, which the host spawns and watches (TestCaseRunner):
  # setups first, then the test. It returns :ok, or {kind, reason, message, stacktrace}
  # for a failure (message is an exception's own message/1 text, nil for other kinds).
  # The host trusts only this function's return, seen by the VM, never a message.
  def exec_test(module, setups, test, context, shared) do
    Process.put(:"$proctor_test_supervisor", :none)
    run = fn -> run_test(module, setups, test, Map.merge(shared, context)) end
    result = if Map.get(context, :capture_log, :proctor.exunit_capture_log()), do: with_captured_log(run), else: run.()
    result = stop_test_supervisor(result)
    run_on_exit(Process.delete(:"$proctor_on_exit") || [], result)
  end

  defp run_test(module, setups, test, context) do
    context = Enum.reduce(setups, context, fn setup, acc -> merge(module, acc, apply(module, setup, [acc])) end)
    apply(module, test, [context])
    :ok
  rescue
    error -> {:error, rendered(error), Exception.message(error), __STACKTRACE__}
  catch
    kind, reason -> {kind, reason, nil, __STACKTRACE__}
  end

  # `capture_log`: the test's log is kept back, and written out only when the test fails.
  defp with_captured_log(run) do
    {result, log} = ExUnit.CaptureLog.with_log(run)
    if result != :ok, do: IO.write(log)
    result
  end

  # An assertion's left and right sides with each struct that implements Inspect rendered by
  # its implementation, as ExUnit shows them.
  defp rendered(%{__struct__: ExUnit.AssertionError, left: left, right: right} = error),
    do: %{error | left: Inspect.Rendered.prepare(left, []), right: Inspect.Rendered.prepare(right, [])}
  defp rendered(error), do: error

  # The body of the process that runs a module's setup_all callbacks once, before its tests.
  # A failure is returned as exec_test/5 gives it. A context is handed to the host, and the
  # process lives on, as ExUnit's does, with what it started, until the host says the module's
  # tests have ended; then its supervised processes stop and its on_exit callbacks run.
  def exec_setup_all(module, setups, context) do
    Process.put(:"$proctor_test_supervisor", :none)
    result =
      try do
        {:ok, Enum.reduce(setups, context, fn setup, acc -> merge(module, acc, apply(module, setup, [acc])) end)}
      rescue
        error -> {:error, error, Exception.message(error), __STACKTRACE__}
      catch
        kind, reason -> {kind, reason, nil, __STACKTRACE__}
      end
    case result do
      {:ok, _context} ->
        :proctor.setup_all_ready(result)
        receive do
          :"$proctor_module_done" -> :ok
        end
        run_on_exit(Process.delete(:"$proctor_on_exit") || [], stop_test_supervisor(:ok))
      failure -> failure
    end
  end

  # As ExUnit's test supervisor: shut down when the test ends, its children last started first.
  defp stop_test_supervisor(result) do
    case Process.delete(:"$proctor_test_supervisor") do
      supervisor when is_pid(supervisor) ->
        Process.unlink(supervisor)
        ref = Process.monitor(supervisor)
        Process.exit(supervisor, :shutdown)
        receive do
          {:DOWN, ^ref, :process, ^supervisor, :shutdown} -> result
          {:DOWN, ^ref, :process, ^supervisor, reason} -> first_failure(result, {:exit, reason, nil, []})
        end
      _ -> result
    end
  end

  # The on_exit callbacks run one after the other in a process of their own, as ExUnit's
  # on-exit handler runs them: each runs even when an earlier one failed, and the first failure counts.
  defp run_on_exit([], result), do: result

  defp run_on_exit(callbacks, result) do
    parent = self()
    {runner, ref} = spawn_monitor(fn -> send(parent, {self(), Enum.reduce(callbacks, nil, &exec_on_exit/2)}) end)
    receive do
      {^runner, failure} ->
        Process.demonitor(ref, [:flush])
        first_failure(result, failure)
      {:DOWN, ^ref, :process, ^runner, reason} -> first_failure(result, {:exit, reason, nil, []})
    end
  end

  defp exec_on_exit({_name, callback}, failure) do
    try do
      callback.()
      failure
    rescue
      error -> failure || {:error, error, Exception.message(error), __STACKTRACE__}
    catch
      kind, reason -> failure || {kind, reason, nil, __STACKTRACE__}
    end
  end

  defp first_failure(:ok, nil), do: :ok
  defp first_failure(:ok, failure), do: failure
  defp first_failure(result, _failure), do: result

  defp merge(_module, context, :ok), do: context
  defp merge(module, context, {:ok, extra}), do: merge(module, context, extra)
  defp merge(_module, context, extra) when is_list(extra) or is_map(extra), do: Enum.into(extra, context)

  defp merge(module, _context, other) do
    raise "expected ExUnit callback in #{inspect(module)} to return :ok | keyword | map, got #{inspect(other)} instead"
  end
end
