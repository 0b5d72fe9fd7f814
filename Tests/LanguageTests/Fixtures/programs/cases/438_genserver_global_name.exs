defmodule G do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end
{:ok, _} = GenServer.start_link(G, 1, name: {:global, :g})
IO.inspect(GenServer.call({:global, :g}, :get))
