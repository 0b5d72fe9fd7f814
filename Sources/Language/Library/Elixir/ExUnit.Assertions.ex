# ExUnit's assertions written in Elixir: assert_raise and its helpers.
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
