defmodule Heartbeat do
  use GenServer
  def init(parent) do
    Process.send_after(self(), :beat, 10)
    {:ok, {parent, 0}}
  end
  def handle_info(:beat, {parent, 3}) do
    send(parent, :done)
    {:stop, :normal, {parent, 3}}
  end
  def handle_info(:beat, {parent, n}) do
    IO.puts("beat #{n}")
    Process.send_after(self(), :beat, 10)
    {:noreply, {parent, n + 1}}
  end
end
{:ok, _} = GenServer.start_link(Heartbeat, self())
receive do
  :done -> IO.puts("done")
end
