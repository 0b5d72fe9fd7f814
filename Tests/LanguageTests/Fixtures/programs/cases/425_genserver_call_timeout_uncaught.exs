defmodule Slow do
  use GenServer
  def init(_), do: {:ok, nil}
  def handle_call(:slow, _from, state) do
    Process.sleep(100)
    {:reply, :late, state}
  end
end
{:ok, pid} = GenServer.start(Slow, nil)
IO.puts("calling")
GenServer.call(pid, :slow, 20)
IO.puts("never")
