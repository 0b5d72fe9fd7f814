/// ExUnit support: assert_raise and the body of a test's process.
extension Prelude {
    static let exUnitSource = #"""
    defmodule ExUnit.Assertions do
      def flunk(message \\ "Flunked!"), do: :proctor.flunk(message)

      def assert_raise(exception, fun) do
        try do
          fun.()
        rescue
          error ->
            if error.__struct__ == exception do
              error
            else
              :proctor.assert_raise_failed(exception, error, __STACKTRACE__)
            end
        else
          _ -> :proctor.assert_raise_failed(exception, nil, [])
        end
      end

      def assert_raise(exception, message, fun) do
        error = assert_raise(exception, fun)
        if Exception.message(error) == message, do: error, else: :proctor.assert_raise_message_failed(message, error)
      end
    end

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
    """#
}
