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

      def assert_in_delta(value1, value2, delta, message \\ nil) do
        diff = in_delta_difference(value1, value2, delta)
        message = message || "Expected the difference between #{inspect(value1)} and #{inspect(value2)} (#{inspect(diff)}) to be less than or equal to #{inspect(delta)}"
        if diff <= delta, do: true, else: flunk(message)
      end

      def refute_in_delta(value1, value2, delta, message \\ nil) do
        diff = in_delta_difference(value1, value2, delta)
        message = message || "Expected the difference between #{inspect(value1)} and #{inspect(value2)} (#{inspect(diff)}) to be more than #{inspect(delta)}"
        if diff <= delta, do: flunk(message), else: false
      end

      defp in_delta_difference(_, _, delta) when delta < 0 do
        raise ArgumentError, "delta must always be a positive number, got: #{inspect(delta)}"
      end

      defp in_delta_difference(value1, value2, _delta), do: abs(value1 - value2)
    end

    defmodule ExUnit.Callbacks do
      # The callbacks run, last registered first, when the test's body has finished (see
      # ExUnit.Runner.exec_test/4); one registered again under the same name replaces the earlier.
      def on_exit(callback) when is_function(callback, 0), do: on_exit(make_ref(), callback)

      def on_exit(name, callback) when is_function(callback, 0) do
        callbacks = Process.get(:"$proctor_on_exit") || []
        Process.put(:"$proctor_on_exit", [{name, callback} | List.keydelete(callbacks, name, 0)])
        :ok
      end
    end

    defmodule ExUnit.CaptureIO do
      def capture_io(fun) when is_function(fun, 0), do: capture_io(:stdio, fun)

      def capture_io(device, fun) when device in [:stdio, :stderr] and is_function(fun, 0) do
        :proctor.capture_start(device)
        try do
          fun.()
        catch
          kind, reason ->
            :proctor.capture_stop()
            :erlang.raise(kind, reason, __STACKTRACE__)
        end
        :proctor.capture_stop()
      end
    end

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
    """#
}
