defmodule L do
  use GenServer
  require Logger
  def init(_) do
    Logger.info("server starting")
    {:ok, 0}
  end
  def handle_cast(:warn, s) do
    Logger.warning("state is #{s}")
    {:noreply, s}
  end
end
{:ok, pid} = GenServer.start_link(L, nil)
GenServer.cast(pid, :warn)
Process.sleep(300)
