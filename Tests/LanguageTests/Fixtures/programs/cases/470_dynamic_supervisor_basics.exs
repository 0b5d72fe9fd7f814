defmodule W do
  use GenServer
  def start_link(arg), do: GenServer.start_link(__MODULE__, arg)
  def init(arg), do: {:ok, arg}
  def handle_call(:get, _from, s), do: {:reply, s, s}
end
{:ok, sup} = DynamicSupervisor.start_link(strategy: :one_for_one, name: :dyn)
{:ok, a} = DynamicSupervisor.start_child(:dyn, {W, :a})
{:ok, b} = DynamicSupervisor.start_child(sup, {W, :b})
IO.inspect(GenServer.call(a, :get))
IO.inspect(GenServer.call(b, :get))
IO.inspect(DynamicSupervisor.count_children(sup))
IO.inspect(Enum.map(DynamicSupervisor.which_children(sup), fn {id, pid, type, mods} -> {id, is_pid(pid), type, mods} end))
IO.inspect(DynamicSupervisor.terminate_child(sup, a))
IO.inspect(DynamicSupervisor.terminate_child(sup, a))
IO.inspect(DynamicSupervisor.count_children(sup))
