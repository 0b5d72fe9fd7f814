defmodule Room do
  use GenServer
  def start_link(name), do: GenServer.start_link(__MODULE__, name, name: via(name))
  def via(name), do: {:via, Registry, {Rooms, name}}
  def init(name), do: {:ok, {name, []}}
  def handle_call(:say, _from, {name, log}), do: {:reply, "in #{name}", {name, log}}
end
{:ok, _} = Registry.start_link(keys: :unique, name: Rooms)
{:ok, pid} = Room.start_link("lobby")
IO.inspect(GenServer.call(Room.via("lobby"), :say))
IO.inspect(Registry.lookup(Rooms, "lobby") == [{pid, nil}])
IO.inspect(GenServer.whereis(Room.via("lobby")) == pid)
IO.inspect(Room.start_link("lobby") == {:error, {:already_started, pid}})
GenServer.stop(Room.via("lobby"))
Process.sleep(10)
IO.inspect(Registry.lookup(Rooms, "lobby"))
