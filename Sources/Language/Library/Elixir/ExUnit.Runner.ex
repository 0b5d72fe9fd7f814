# The body of a test's process: setup, the test, its on_exit callbacks, and its verdict;
# and the body of the process that runs a module's setup_all callbacks.
defmodule ExUnit.Runner do
  # The body of one test's process, which the host spawns and watches (TestCaseRunner):
  # setups first, then the test. It returns :ok, or {kind, reason, message, stacktrace}
  # for a failure (message is an exception's own message/1 text, nil for other kinds).
  # The host trusts only this function's return, seen by the VM, never a message.
  def exec_test(module, setups, test, context, shared) do
    result =
      try do
        context = Map.merge(shared, context)
        context = Enum.reduce(setups, context, fn setup, acc -> merge(acc, apply(module, setup, [acc])) end)
        apply(module, test, [context])
        :ok
      rescue
        error -> {:error, error, Exception.message(error), __STACKTRACE__}
      catch
        kind, reason -> {kind, reason, nil, __STACKTRACE__}
      end
    Enum.reduce(Process.delete(:"$proctor_on_exit") || [], result, &run_on_exit/2)
  end

  # The body of the process that runs a module's setup_all callbacks once, before its tests:
  # {:ok, context} or a failure as exec_test/4 gives it.
  def exec_setup_all(module, setups, context) do
    try do
      {:ok, Enum.reduce(setups, context, fn setup, acc -> merge(acc, apply(module, setup, [acc])) end)}
    rescue
      error -> {:error, error, Exception.message(error), __STACKTRACE__}
    catch
      kind, reason -> {kind, reason, nil, __STACKTRACE__}
    end
  end

  defp run_on_exit({_name, callback}, result) do
    try do
      callback.()
      result
    rescue
      error -> if result == :ok, do: {:error, error, Exception.message(error), __STACKTRACE__}, else: result
    catch
      kind, reason -> if result == :ok, do: {kind, reason, nil, __STACKTRACE__}, else: result
    end
  end

  defp merge(context, :ok), do: context
  defp merge(context, {:ok, extra}), do: Enum.into(extra, context)
  defp merge(context, extra) when is_list(extra) or is_map(extra), do: Enum.into(extra, context)
end
