/// ExUnit support: assert_raise and the per-test runner.
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
              :proctor.assert_raise_failed(exception, error)
            end
        else
          _ -> :proctor.assert_raise_failed(exception, nil)
        end
      end

      def assert_raise(exception, message, fun) do
        error = assert_raise(exception, fun)
        if Exception.message(error) == message, do: error, else: :proctor.assert_raise_message_failed(message, error)
      end
    end

    defmodule ExUnit.TimeoutError do
      defexception [:timeout]

      def message(%{timeout: timeout}) do
        "test timed out after #{timeout}ms. You can change the timeout:\n\n" <>
          "  1. per test by setting \"@tag timeout: x\" (accepts :infinity)\n" <>
          "  2. per test module by setting \"@moduletag timeout: x\" (accepts :infinity)\n" <>
          "  3. globally via \"ExUnit.start(timeout: x)\" configuration\n" <>
          "  4. by running \"mix test --timeout x\" which sets timeout\n" <>
          "  5. or by running \"mix test --trace\" which sets timeout to infinity\n" <>
          "     (useful when using IEx.pry/0)\n\n" <>
          "where \"x\" is the timeout given as integer in milliseconds (defaults to 60_000).\n"
      end
    end

    defmodule ExUnit.Runner do
      # Runs one test as ExUnit does: in a monitored process of its own, which exits with
      # :shutdown when the test passes (so processes linked to it stop too). The runner
      # exits :normal on a pass, else {:proctor_test_failed, kind, reason, message, stacktrace},
      # where message is the exception's own message/1 text for an error (nil otherwise).
      def run_test(module, setups, test, context, timeout) do
        runner = self()
        {pid, ref} = spawn_monitor(fn -> send(runner, {self(), :test_finished, exec_test(module, setups, test, context)}); exit(:shutdown) end)
        receive do
          {^pid, :test_finished, :ok} ->
            await_down(ref)
          {^pid, :test_finished, {kind, reason, message, stacktrace}} ->
            await_down(ref)
            exit({:proctor_test_failed, kind, reason, message, stacktrace})
          {:DOWN, ^ref, :process, ^pid, reason} ->
            exit({:proctor_test_failed, {:EXIT, pid}, reason, nil, []})
        after
          timeout ->
            Process.exit(pid, :kill)
            await_down(ref)
            error = %ExUnit.TimeoutError{timeout: timeout}
            exit({:proctor_test_failed, :error, error, Exception.message(error), []})
        end
      end

      defp exec_test(module, setups, test, context) do
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

      defp await_down(ref) do
        receive do
          {:DOWN, ^ref, :process, _, _} -> :ok
        end
      end

      defp merge(context, :ok), do: context
      defp merge(context, {:ok, extra}), do: Enum.into(extra, context)
      defp merge(context, extra) when is_list(extra) or is_map(extra), do: Enum.into(extra, context)
    end
    """#
}
