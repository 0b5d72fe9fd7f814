# capture_io: what a function prints, as a string.
defmodule ExUnit.CaptureIO do
  def capture_io(fun) when is_function(fun, 0), do: capture_io(:stdio, fun)

  def capture_io(device, fun) when device in [:stdio, :stderr] and is_function(fun, 0) do
    :proctor.capture_start(device)
    try do
      fun.()
    rescue
      error ->
        :proctor.capture_stop()
        reraise error, __STACKTRACE__
    catch
      kind, reason ->
        :proctor.capture_stop()
        :erlang.raise(kind, reason, __STACKTRACE__)
    end
    :proctor.capture_stop()
  end
end
