defmodule S do
  use GenServer
  def init(s), do: {:ok, s}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end
{:ok, _} = Registry.start_link(keys: :unique, name: Reg)
name = {:via, Registry, {Reg, :svc}}
result =
  try do
    GenServer.call(name, :get)
  catch
    :exit, reason -> reason
  end
IO.inspect(result)
{:ok, _} = GenServer.start_link(S, 42, name: name)
IO.inspect(GenServer.call(name, :get))
IO.inspect(Registry.count(Reg))
