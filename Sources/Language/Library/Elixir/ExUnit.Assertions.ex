# ExUnit's assertions written in Elixir: assert_raise, assert_in_delta and their helpers.
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
