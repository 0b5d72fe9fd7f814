defmodule Pool do
  use DynamicSupervisor
  def start_link(arg), do: DynamicSupervisor.start_link(__MODULE__, arg, name: __MODULE__)
  def init(_arg), do: DynamicSupervisor.init(strategy: :one_for_one)
  def add(n), do: DynamicSupervisor.start_child(__MODULE__, {Agent, fn -> n end})
end
{:ok, _} = Pool.start_link(nil)
{:ok, a} = Pool.add(1)
{:ok, b} = Pool.add(2)
IO.inspect(Agent.get(a, & &1) + Agent.get(b, & &1))
IO.inspect(DynamicSupervisor.count_children(Pool))
IO.inspect(Pool.child_spec(:x))
