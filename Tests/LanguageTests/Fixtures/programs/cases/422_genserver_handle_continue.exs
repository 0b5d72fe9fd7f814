defmodule Loader do
  use GenServer
  def init(name) do
    IO.puts("init #{name}")
    {:ok, [name], {:continue, :load}}
  end
  def handle_continue(:load, log), do: {:noreply, [:loaded | log], {:continue, :again}}
  def handle_continue(:again, log), do: {:noreply, [:again | log]}
  def handle_continue(:after_reply, log), do: {:noreply, [:after_reply | log]}
  def handle_call(:log, _from, log), do: {:reply, Enum.reverse(log), log, {:continue, :after_reply}}
end
{:ok, pid} = GenServer.start_link(Loader, "db")
IO.inspect(GenServer.call(pid, :log))
IO.inspect(GenServer.call(pid, :log))
