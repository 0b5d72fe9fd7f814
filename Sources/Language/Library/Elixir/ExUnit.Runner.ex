# The body of a test's process: setup, the test, and its verdict.
defmodule ExUnit.Runner do
  # The body of one test's process, which the host spawns and watches (TestCaseRunner):
  # setups first, then the test. It returns :ok, or {kind, reason, message, stacktrace}
  # for a failure (message is an exception's own message/1 text, nil for other kinds).
  # The host trusts only this function's return, seen by the VM, never a message.
  def exec_test(module, setups, test, context) do
    try do
      context = Enum.reduce(setups, context, fn setup, acc -> merge(acc, apply(module, setup, [acc])) end)
      apply(module, test, [context])
      :ok
    rescue
      error -> {:error, error, Exception.message(error), __STACKTRACE__}
    catch
      kind, reason -> {kind, reason, nil, __STACKTRACE__}
    end
  end

  defp merge(context, :ok), do: context
  defp merge(context, {:ok, extra}), do: Enum.into(extra, context)
  defp merge(context, extra) when is_list(extra) or is_map(extra), do: Enum.into(extra, context)
end
