defmodule Slow do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:slow, _from, state) do
    Process.sleep(200)
    {:reply, :late, state}
  end
end
{:ok, pid} = GenServer.start(Slow, nil, name: :slow)
result =
  try do
    GenServer.call(:slow, :slow, 50)
  catch
    :exit, reason -> reason
  end
IO.inspect(result)
Process.sleep(300)
IO.inspect(Process.alive?(pid))
