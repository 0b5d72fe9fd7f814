defmodule Holder do
  use GenServer
  def init(_), do: {:ok, nil}
  def terminate(reason, _state), do: IO.puts("terminating with #{inspect(reason)}")
end
{:ok, a} = GenServer.start(Holder, nil)
IO.inspect(GenServer.stop(a))
IO.inspect(Process.alive?(a))
{:ok, b} = GenServer.start(Holder, nil)
IO.inspect(GenServer.stop(b, :shutdown))
{:ok, c} = GenServer.start(Holder, nil)
IO.inspect(GenServer.stop(c, {:shutdown, :done}))
result =
  try do
    GenServer.stop(:nobody)
  catch
    :exit, reason -> reason
  end
IO.inspect(result)
