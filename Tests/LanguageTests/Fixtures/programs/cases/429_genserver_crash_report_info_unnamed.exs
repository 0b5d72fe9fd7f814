defmodule Boom do
  use GenServer
  def init(state), do: {:ok, state}
  def handle_info(:bad, _state), do: raise(ArgumentError, "bad info")
end
{:ok, pid} = GenServer.start(Boom, [1, 2])
send(pid, :bad)
Process.sleep(50)
IO.inspect(Process.alive?(pid))
