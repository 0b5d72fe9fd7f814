defmodule Boom do
  use GenServer
  def init(state), do: {:ok, state}
  def handle_cast({:divide, n}, state), do: {:noreply, div(state, n)}
end
{:ok, pid} = GenServer.start(Boom, 10)
GenServer.cast(pid, {:divide, 0})
Process.sleep(300)
IO.inspect(Process.alive?(pid))
