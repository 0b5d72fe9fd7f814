defmodule Wrong do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:q, _from, s), do: {:ok, s}
end
{:ok, pid} = GenServer.start(Wrong, 5)
result =
  try do
    GenServer.call(pid, :q)
  catch
    :exit, {reason, _} -> reason
  end
IO.inspect(result)
Process.sleep(20)
