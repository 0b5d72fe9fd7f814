defmodule Named do
  use GenServer
  def init(n), do: {:ok, n}
  def handle_call(:get, _from, n), do: {:reply, n, n}
end
{:ok, pid} = GenServer.start_link(Named, 1, name: :first)
IO.inspect(GenServer.call(:first, :get))
IO.inspect(Process.whereis(:first) == pid)
IO.inspect(GenServer.whereis(:first) == pid)
IO.inspect(GenServer.whereis(:nobody))
{:error, {:already_started, other}} = GenServer.start_link(Named, 2, name: :first)
IO.inspect(other == pid)
IO.inspect(GenServer.start(Named, 2, name: :first) == {:error, {:already_started, pid}})
{:ok, _} = GenServer.start(Named, 3, name: Named.Server)
IO.inspect(GenServer.call(Named.Server, :get))
